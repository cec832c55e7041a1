import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspace } from '../../test-support/harness.js';

const ws = workspace();
afterAll(() => ws.remove());
beforeAll(async () => {
  await import('./conformance.js');
}, 60_000);

// A child met by the police in England: the rules that fire, from the national pathway's own case
// file (S11, S12, S54: safeguard first; S9, S13: the referral is mandatory, with no consent; S9,
// S13, S55: it meets the duty to notify).
const childFacts = {
  jurisdiction: 'england',
  responder: { organisationType: 'police' },
  person: { under18: 'yes', inImmediateDanger: false },
};
const childFired = [
  'child.treated-as-child',
  'child.contact-childrens-services',
  'child.nrm-referral',
  'dtn.applies',
  'dtn.discharged-by-referral',
];
const childCase = (name: string, expect: object) => ({ name, asOf: '2026-04-01', facts: childFacts, expect });

// A child met by a council in Wales where the local pathway declares the ICTG service (S13, S17, S18).
const walesChild = {
  name: 'a child in an ICTG area is also referred to the ICTG service',
  asOf: '2026-04-01',
  facts: {
    jurisdiction: 'wales',
    responder: { organisationType: 'local-authority' },
    person: { under18: 'yes', inImmediateDanger: false },
  },
  expect: { fired: { includes: ['child.refer-to-ictg'] } },
};
const exampleLocal = {
  name: 'Example Council local pathway',
  jurisdiction: 'wales',
  ictgArea: true,
  devolvedChildDecisionPilot: false,
};

describe('antislavery conformance', () => {
  it('runs a case file and ends with the counts, with exit code 0 when every case passes', async () => {
    ws.write('national.json', {
      ruleSet: 'National referral pathway',
      cases: [childCase('a child is referred without consent', { fired: childFired })],
    });
    expect(await ws.run(['conformance', 'national.json'])).toEqual({
      code: 0,
      stdout: '1 passed, 0 failed\n',
      stderr: '',
    });
  });

  it('prints one line for each failing case with a diff of what was expected and what the rules gave', async () => {
    ws.write('failing.json', {
      ruleSet: 'National referral pathway',
      cases: [
        childCase('a child is referred without consent', { fired: childFired }),
        childCase('a child is referred at once (wrong on purpose)', {
          fired: ['child.treated-as-child', 'child.nrm-referral', 'dtn.applies'],
        }),
        childCase('a child is asked for consent (wrong on purpose)', { missing: ['person.consent'] }),
      ],
    });
    expect(await ws.run(['conformance', 'failing.json'])).toEqual({
      code: 1,
      stdout: [
        '✗ failing.json: a child is referred at once (wrong on purpose)',
        '    fired (in order), - expected, + got:',
        '        child.treated-as-child',
        '      + child.contact-childrens-services',
        '        child.nrm-referral',
        '        dtn.applies',
        '      + dtn.discharged-by-referral',
        '✗ failing.json: a child is asked for consent (wrong on purpose)',
        '    missing, - expected, + got:',
        '      - person.consent',
        '      + local.ictgArea',
        '      + local.devolvedChildDecisionPilot',
        '',
        '1 passed, 2 failed',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('adds up several files, and fails a case whose facts are not valid', async () => {
    ws.write('national.json', {
      ruleSet: 'National referral pathway',
      cases: [childCase('passes', { fired: childFired })],
    });
    ws.write('bad-facts.json', {
      cases: [
        {
          name: 'a case with a wrong answer',
          asOf: '2026-04-01',
          facts: { ...childFacts, person: { under18: 'maybe' } },
          expect: { fired: [] },
        },
      ],
    });
    const result = await ws.run(['conformance', 'national.json', 'bad-facts.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '✗ bad-facts.json: a case with a wrong answer',
        "    the case's facts or date are not valid: pathway.person.under18.invalid",
        '',
        '1 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('runs a case file for a worked local pathway by its name', async () => {
    ws.write('wolverhampton.json', {
      ruleSet: 'City of Wolverhampton Council local pathway',
      cases: [
        {
          name: "a housing officer's child referral goes through the MASH",
          asOf: '2026-04-01',
          facts: {
            jurisdiction: 'england',
            responder: {
              organisationType: 'local-authority',
              organisation: 'City of Wolverhampton Council',
              team: 'housing',
            },
            person: { under18: 'yes', inImmediateDanger: false },
          },
          expect: { fired: { includes: ['local.child-nrm-referral-by-childrens-services'] } },
        },
      ],
    });
    expect((await ws.run(['conformance', 'wolverhampton.json'])).stdout).toBe('1 passed, 0 failed\n');
  });

  it('finds a local pathway beside the case file, among the files given, or from --local', async () => {
    const cases = { ruleSet: 'Example Council local pathway', cases: [walesChild] };
    ws.write('beside/example.json', cases);
    ws.write('beside/example.local-pathway.json', exampleLocal);
    expect((await ws.run(['conformance', 'beside/example.json'])).stdout).toBe('1 passed, 0 failed\n');

    ws.write('apart/example.json', cases);
    ws.write('apart/council.local-pathway.json', exampleLocal);
    ws.write('council.json', exampleLocal);
    expect(
      (await ws.run(['conformance', 'apart/council.local-pathway.json', 'apart/example.json'])).stdout,
    ).toBe('1 passed, 0 failed\n');
    expect((await ws.run(['conformance', 'apart/example.json', '--local', 'council.json'])).stdout).toBe(
      '1 passed, 0 failed\n',
    );
    ws.write('unnamed.json', { cases: [walesChild] });
    expect((await ws.run(['conformance', 'unnamed.json', '--local', 'council.json'])).stdout).toBe(
      '1 passed, 0 failed\n',
    );
  });

  it('refuses a case file for a local pathway it was not given', async () => {
    ws.write('apart/example.json', { ruleSet: 'Example Council local pathway', cases: [walesChild] });
    expect((await ws.run(['conformance', 'apart/example.json'])).stderr).toBe(
      'antislavery: apart/example.json is for the rule set "Example Council local pathway", and no local pathway of that name was given: give it with --local, or as example.local-pathway.json beside the case file\n',
    );
  });

  it('applies assumptions from beside the case file or from --assumptions', async () => {
    // Whether the Scottish duty to notify is in force is unconfirmed: with it assumed from 2020, a
    // council in Scotland has the duty (S34, S35b).
    const devolved = {
      ruleSet: 'Responder status',
      cases: [
        {
          name: 'a Scottish council has the duty from the date assumed',
          asOf: '2026-04-01',
          facts: {
            jurisdiction: 'scotland',
            responder: { organisationType: 'local-authority', organisation: 'Glasgow City Council' },
            person: { under18: 'no' },
          },
          expect: { fired: { includes: ['responder.duty-to-notify.scotland'] } },
        },
      ],
    };
    const assumptions = { devolvedDutyToNotifyFrom: { scotland: '2020-01-01' } };
    ws.write('plain/devolved.json', devolved);
    expect((await ws.run(['conformance', 'plain/devolved.json'])).stdout).toMatch(/\n0 passed, 1 failed\n$/);
    ws.write('assumed.json', assumptions);
    expect(
      (await ws.run(['conformance', 'plain/devolved.json', '--assumptions', 'assumed.json'])).stdout,
    ).toBe('1 passed, 0 failed\n');
    ws.write('beside/devolved.json', devolved);
    ws.write('beside/devolved.assumptions.json', assumptions);
    expect((await ws.run(['conformance', 'beside/devolved.json'])).stdout).toBe('1 passed, 0 failed\n');
  });

  it('lists what is wrong with a case file that cannot be run, as a usage error', async () => {
    ws.write('broken.json', {
      cases: [{ name: 'a bad date', asOf: '2025-02-30', facts: {}, expect: { fired: [] } }],
    });
    expect(await ws.run(['conformance', 'broken.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'antislavery: broken.json is not a case file the SDK can run: put these right (antislavery schema case-file shows the format)',
        '  cases[0].asOf (case "a bad date"): Enter a real date in the format YYYY-MM-DD',
        '',
      ].join('\n'),
    });
    ws.write('only.local-pathway.json', exampleLocal);
    expect((await ws.run(['conformance', 'only.local-pathway.json'])).stderr).toBe(
      'antislavery: Give at least one case file as well as the local pathways (*.local-pathway.json)\n',
    );
    expect((await ws.run(['conformance'])).stderr).toBe(
      'antislavery: Give at least one case file, such as antislavery conformance cases/*.json. Run antislavery conformance --help to see how to use it.\n',
    );
  });

  it('gives the results as JSON', async () => {
    ws.write('failing.json', {
      ruleSet: 'National referral pathway',
      cases: [childCase('passes', { fired: childFired }), childCase('fails', { fired: [] })],
    });
    const result = await ws.run(['conformance', 'failing.json', '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.passed).toBe(1);
    expect(json.failed).toBe(1);
    expect(json.files).toEqual([
      {
        file: 'failing.json',
        ruleSet: 'National referral pathway',
        passed: 1,
        failed: 1,
        failures: [
          {
            name: 'fails',
            failures: [
              {
                check: 'fired',
                message: expect.any(String),
                expected: [],
                actual: childFired,
              },
            ],
          },
        ],
      },
    ]);
  });
});
