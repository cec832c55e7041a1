import { describe, expect, it } from 'vitest';
import { parseAnnualReport } from './parse.js';

describe('annual reports', () => {
  it('group achievements by sub-group, by P, or not at all', () => {
    const report = {
      period: { from: '2016', to: '2017', label: '2016/2017' },
      achievements: [
        { subGroup: 'pursue-and-prevent', items: ['Operation Wilberforce established'] },
        { pillar: 'protect', items: ['Local NRM referral pathways established'] },
        { items: ['Annual report published'] },
      ],
    };
    expect(parseAnnualReport(report)).toEqual({ ok: true, value: report });
  });

  it('report a P that is not one of the four and an empty group', () => {
    const result = parseAnnualReport({
      period: { from: '2016', to: '2017' },
      achievements: [{ pillar: 'partner', items: ['x'] }, { items: [] }],
    });
    expect(!result.ok && result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      [
        'model.annual-report.achievements.pillar.invalid-option',
        'Select Pursue, Prevent, Protect or Prepare',
      ],
      ['model.annual-report.achievements.items.required', 'Enter at least one achievement'],
    ]);
  });

  it('need a period in years or dates', () => {
    const result = parseAnnualReport({
      period: { from: '2016/17', to: '2017' },
      achievements: [{ items: ['x'] }],
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['period', 'from'],
      code: 'model.annual-report.period.from.invalid',
      message: 'Enter a year, like 2018, or a real date in the format YYYY-MM-DD',
    });
  });
});
