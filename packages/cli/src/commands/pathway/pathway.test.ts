import type { PathwayDecision } from '@antislavery/pathways';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspace } from '../../test-support/harness.js';

const ws = workspace();
afterAll(() => ws.remove());
beforeAll(async () => {
  await import('./pathway.js');
}, 60_000);

const AS_OF = ['--as-of', '2026-04-01'];

async function decision(argv: readonly string[]): Promise<PathwayDecision> {
  const result = await ws.run(['pathway', ...argv, ...AS_OF, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PathwayDecision;
}

const ids = (decided: PathwayDecision) => decided.actions.map((action) => action.id);

describe('antislavery pathway', () => {
  it('decides for a child met by the police in England: safeguard first, then refer without consent', async () => {
    const decided = await decision([
      '--jurisdiction',
      'england',
      '--org-type',
      'police',
      '--under18',
      'yes',
      '--no-in-danger',
    ]);
    expect(ids(decided)).toEqual(['contact-childrens-services', 'submit-nrm-referral']);
    expect(decided.treatedAsChild).toBe(true);
    expect(decided.consentRequired).toBe(false);
    expect(decided.dutyToNotify).toEqual({ applies: true, dischargedBy: 'nrm-referral' });
    expect(decided.asOf).toBe('2026-04-01');
  });

  it('prints the decision as text for a person, with the actions in order and the rules with their sources', async () => {
    const result = await ws.run([
      'pathway',
      '--jurisdiction',
      'england',
      '--org-type',
      'police',
      '--under18',
      'yes',
      ...AS_OF,
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Decision for a person encountered in England, as of 1 April 2026');
    expect(lines).toContain('Treated as a child: yes');
    expect(lines).toContain('Duty to notify: applies; the NRM referral meets it');
    const order = ['What to do, in order:', '  1. ', '  2. ', 'Why:'].map((start) =>
      lines.findIndex((line) => line.startsWith(start)),
    );
    expect(order.every((at, index) => at >= 0 && (index === 0 || at > (order[index - 1] ?? 0)))).toBe(true);
    expect(lines.filter((line) => line.startsWith('    Source: ')).length).toBeGreaterThan(0);
  });

  it('calls 999 first for a person in danger, and has an NHS worker pass the case on, as the NHS is not a first responder', async () => {
    const decided = await decision([
      '--jurisdiction',
      'england',
      '--org-type',
      'nhs',
      '--under18',
      'no',
      '--consent',
      'refused',
      '--in-danger',
    ]);
    expect(ids(decided)[0]).toBe('call-999');
    expect(ids(decided)).toContain('pass-to-first-responder');
    expect(ids(decided)).not.toContain('submit-nrm-referral');
    expect(ids(decided)).not.toContain('submit-duty-to-notify');
    expect(decided.responder.isFirstResponder).toBe(false);
    expect(decided.dutyToNotify.applies).toBe(false);
  });

  it('reads the facts from a file, with options put over them', async () => {
    ws.write('adult.json', {
      jurisdiction: 'england',
      responder: { organisationType: 'local-authority', organisation: 'Derby City Council' },
      person: { under18: 'no', consent: 'refused', inImmediateDanger: false, hasCareAndSupportNeeds: false },
    });
    const adult = await decision(['--facts', 'adult.json', '--cooperating']);
    expect(ids(adult)).toEqual(['submit-duty-to-notify']);
    expect(adult.dutyToNotify).toEqual({ applies: true, dischargedBy: 'notification' });
    const child = await decision(['--facts', 'adult.json', '--under18', 'yes', '--team', 'housing']);
    expect(child.treatedAsChild).toBe(true);
    expect(ids(child)).toContain('submit-nrm-referral');
  });

  it('treats a person who may be under 18 as a child and asks for their age to be assessed', async () => {
    const decided = await decision([
      '--jurisdiction',
      'wales',
      '--org-type',
      'local-authority',
      '--under18',
      'not-sure',
      '--no-in-danger',
      '--no-care-needs',
      '--no-cooperating',
    ]);
    expect(decided.treatedAsChild).toBe(true);
    expect(ids(decided)).toContain('request-age-assessment');
  });

  it('names the option to give for each fact that is missing or wrong', async () => {
    expect(await ws.run(['pathway', '--consent', 'refused'])).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'antislavery: The pathway cannot be decided until the facts are put right',
        '  --jurisdiction: Select England, Wales, Scotland or Northern Ireland',
        '  --org-type: Select the type of organisation',
        '  --under18: Select if the potential victim is under 18',
        '',
      ].join('\n'),
    });
  });

  it('points at the file and the path for a fact the file gets wrong', async () => {
    ws.write('maybe.json', {
      jurisdiction: 'england',
      responder: { organisationType: 'police' },
      person: { under18: 'maybe' },
    });
    expect((await ws.run(['pathway', '--facts', 'maybe.json'])).stderr).toBe(
      [
        'antislavery: The pathway cannot be decided until the facts are put right (antislavery schema pathway-facts shows the format of maybe.json)',
        '  maybe.json: person.under18: Select if the potential victim is under 18',
        '',
      ].join('\n'),
    );
    ws.write('list.json', []);
    const list = await ws.run(['pathway', '--facts', 'list.json', '--under18', 'yes']);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('  list.json: (the file): ');
  });

  it('refuses a fact said to be both true and false', async () => {
    expect((await ws.run(['pathway', '--in-danger', '--no-in-danger'])).stderr).toBe(
      'antislavery: Give --in-danger or --no-in-danger, not both\n',
    );
  });

  it('uses a worked local pathway by name, or a local pathway file', async () => {
    const derby = await decision([
      '--jurisdiction',
      'england',
      '--org-type',
      'nhs',
      '--under18',
      'no',
      '--local',
      'derby-and-derbyshire',
    ]);
    expect(derby.localPathway).toBe('Derby and Derbyshire local pathway');
    ws.write('local.json', {
      name: 'Example Council local pathway',
      jurisdiction: 'england',
      contacts: { childrensServices: { name: 'Example MASH', phone: '01234 567890' } },
    });
    const local = await decision([
      '--jurisdiction',
      'england',
      '--org-type',
      'police',
      '--under18',
      'yes',
      '--local',
      'local.json',
    ]);
    expect(local.localPathway).toBe('Example Council local pathway');
    expect(local.actions[0]?.id === 'contact-childrens-services' && local.actions[0].contact.name).toBe(
      'Example MASH',
    );
  });

  it('lists what is wrong with a local pathway file, and with a local pathway for another nation', async () => {
    ws.write('wrong.json', { name: 'Example', jurisdiction: 'England' });
    expect((await ws.run(['pathway', '--under18', 'yes', '--local', 'wrong.json'])).stderr).toBe(
      [
        'antislavery: wrong.json is not a local pathway the SDK can use: put these right (antislavery schema local-pathway shows the format)',
        '  jurisdiction: Select England, Wales, Scotland or Northern Ireland',
        '',
      ].join('\n'),
    );
    const result = await ws.run([
      'pathway',
      '--jurisdiction',
      'wales',
      '--org-type',
      'police',
      '--under18',
      'yes',
      '--local',
      'wolverhampton',
    ]);
    expect(result.stderr).toBe(
      [
        'antislavery: The pathway cannot be decided until the facts are put right',
        '  --jurisdiction: Use a local pathway for the nation where the person was encountered: this local pathway is for another nation',
        '',
      ].join('\n'),
    );
  });

  it('applies the assumptions given where the law is unconfirmed, and checks them', async () => {
    const scotland = [
      '--jurisdiction',
      'scotland',
      '--org-type',
      'local-authority',
      '--organisation',
      'Glasgow City Council',
      '--under18',
      'no',
    ];
    expect((await decision(scotland)).responder.hasDutyToNotify).toBe(false);
    ws.write('assumed.json', { devolvedDutyToNotifyFrom: { scotland: '2020-01-01' } });
    expect((await decision([...scotland, '--assumptions', 'assumed.json'])).responder.hasDutyToNotify).toBe(
      true,
    );
    ws.write('bad-assumptions.json', { unconfirmedDutyToNotify: 'maybe' });
    expect((await ws.run(['pathway', ...scotland, '--assumptions', 'bad-assumptions.json'])).stderr).toBe(
      [
        'antislavery: bad-assumptions.json does not hold assumptions the pathway can use: put these right',
        '  unconfirmedDutyToNotify: Select whether to treat the organisation as having the duty to notify',
        '',
      ].join('\n'),
    );
  });

  it('refuses a date before the NRM began, naming --as-of', async () => {
    const result = await ws.run([
      'pathway',
      '--jurisdiction',
      'england',
      '--org-type',
      'police',
      '--under18',
      'yes',
      '--as-of',
      '2001-01-01',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[1]).toMatch(/^ {2}--as-of: /);
  });
});
