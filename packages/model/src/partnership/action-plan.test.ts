import { describe, expect, it } from 'vitest';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from './action-plan.js';
import { parseActionPlan } from './parse.js';

const item = {
  id: 'risk-and-threat-assessment',
  pillar: 'pursue',
  title: 'Produce a risk and threat assessment',
  owner: 'Partnership Co-ordinator',
  due: '2018-03-31',
  status: 'in-progress',
  progress: [{ date: '2018-01-15', note: 'Data requested from partners' }],
  measureIds: ['nrm-and-dtn-referrals'],
};

const plan = {
  id: 'example-plan',
  title: 'Example joint plan',
  partners: [
    { name: 'Example Police', sector: 'public' },
    { name: 'Example Council', sector: 'public' },
  ],
  period: { from: '2018-04-01', to: '2020-03-31' },
  items: [item],
};

describe('action statuses', () => {
  it('are not started, in progress, complete and cancelled, each labelled', () => {
    expect(ACTION_STATUSES).toEqual(['not-started', 'in-progress', 'complete', 'cancelled']);
    expect(Object.keys(ACTION_STATUS_LABELS)).toEqual([...ACTION_STATUSES]);
  });
});

describe('action plans', () => {
  it('accept a two-partner plan with a dated action', () => {
    expect(parseActionPlan(plan)).toEqual({ ok: true, value: plan });
  });

  it('accept a plan whose actions are not yet published', () => {
    expect(parseActionPlan({ ...plan, items: [], durationYears: 2 }).ok).toBe(true);
  });

  it('treat overdue as worked out, not a status', () => {
    const result = parseActionPlan({ ...plan, items: [{ ...item, status: 'overdue' }] });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['items', 0, 'status'],
        code: 'model.action-plan.items.status.invalid-option',
        message: 'Select the status: not started, in progress, complete or cancelled',
      },
    ]);
  });

  it('report an impossible due date and a progress note without a date', () => {
    const result = parseActionPlan({
      ...plan,
      items: [{ ...item, due: '2018-02-30', progress: [{ note: 'Data requested' }] }],
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['items', 0, 'due'],
        code: 'model.action-plan.items.due.invalid',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
      {
        severity: 'error',
        path: ['items', 0, 'progress', 0, 'date'],
        code: 'model.action-plan.items.progress.date.required',
        message: 'Enter the date of the progress note',
      },
    ]);
  });

  it('report an action id used twice and priorities numbered out of order', () => {
    const result = parseActionPlan({
      ...plan,
      items: [item, { ...item, title: 'Another' }],
      priorities: [
        { number: 1, text: 'First' },
        { number: 3, text: 'Second' },
      ],
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['items', 1, 'id'],
        code: 'model.action-plan.items.id.duplicate',
        message: 'Give each action a different id',
      },
      {
        severity: 'error',
        path: ['priorities', 1, 'number'],
        code: 'model.action-plan.priorities.number.out-of-order',
        message: 'Number the priorities 1, 2, 3 and so on, in order',
      },
    ]);
  });

  it('need at least one partner and a whole number of years', () => {
    const result = parseActionPlan({ ...plan, partners: [], durationYears: 1.5 });
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['partners'], 'Enter at least one partner organisation'],
      [['durationYears'], 'Enter how many years the plan runs for, as a whole number from 1 to 10'],
    ]);
  });

  it('link actions to measures by measure id', () => {
    const result = parseActionPlan({ ...plan, items: [{ ...item, measureIds: ['NRM referrals'] }] });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['items', 0, 'measureIds', 0],
      code: 'model.action-plan.items.measure-ids.invalid-format',
    });
  });
});
