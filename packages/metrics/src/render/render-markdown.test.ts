import { describe, expect, it } from 'vitest';
import { buildReport } from '../report/build-report.js';
import { many } from '../test-support/records.js';
import { renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  const records = [
    ...many(12, { referralDate: '2025-02-01', gender: 'male' }),
    ...many(2, { referralDate: '2025-02-01', gender: 'female' }),
  ];

  it('gives every section and table, with [c] for suppressed cells and the note that explains it', () => {
    const markdown = renderMarkdown(buildReport(records, { period: '2025-Q1' }));
    expect(markdown).toContain('## Referrals and notifications');
    expect(markdown).toContain('## NRM referrals');
    expect(markdown).toContain('## Decisions');
    expect(markdown).toContain('## Timeliness');
    expect(markdown).toContain('## Outcomes after referral');
    expect(markdown).toContain('## Prevalence and hot spots');
    expect(markdown).toContain('### NRM referrals by gender and age at exploitation, January to March 2025');
    expect(markdown).toContain('| Female | \\[c\\] | 0 | 0 | \\[c\\] |');
    expect(markdown).toContain(
      'Counts from 1 to 4 are suppressed so that no one can be identified, and shown as \\[c\\].',
    );
    expect(markdown).toContain(
      '- NRM referrals: 14 in January to March 2025; up 14 (from 0) on October to December 2024',
    );
  });

  it('escapes text so it cannot add markup, links, headings or table cells', () => {
    const heading = renderMarkdown(buildReport([], { period: '2025-Q1', area: '# Heading' }));
    expect(heading.split('\n')[0]).toBe(
      '# \\# Heading: NRM referrals and Duty to Notify reports, January to March 2025',
    );

    const markdown = renderMarkdown(
      buildReport(records, { period: '2025-Q1', title: '[Click](http://evil.example) | *bold* <b>' }),
    );
    expect(markdown.split('\n')[0]).toBe('# \\[Click\\](http://evil.example) \\| \\*bold\\* \\<b\\>');
  });

  it('lists the measures in a table', () => {
    const markdown = renderMarkdown(
      buildReport(records, {
        period: '2025-Q1',
        measures: [
          {
            id: 'referrals' as never,
            description: 'Referrals | more',
            metricId: 'referrals.nrm.count' as never,
            direction: 'increase',
            source: 'computed',
          },
        ],
      }),
    );
    expect(markdown).toContain('## Measures');
    expect(markdown).toContain('| Referrals \\| more | referrals.nrm.count | 2025-Q1 | 14 |');
  });
});
