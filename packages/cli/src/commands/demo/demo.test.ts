import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspace } from '../../test-support/harness.js';
import { demoBatch } from './demo-batch.js';

const ws = workspace();
afterAll(() => ws.remove());
let stdout = '';
let code = -1;
let stderr = '';

beforeAll(async () => {
  const result = await ws.run(['demo', '--as-of', '2026-04-01', '--out', 'demo.html']);
  ({ stdout, code, stderr } = result);
}, 60_000);

/** The part of the output between two headings. */
function section(from: string, to: string): string {
  const start = stdout.indexOf(from);
  const end = stdout.indexOf(to, start + from.length);
  expect(start, from).toBeGreaterThanOrEqual(0);
  return stdout.slice(start, end === -1 ? undefined : end);
}

describe('antislavery demo', () => {
  it('runs to the end with nothing on stderr', () => {
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nFinished in \d+\.\d seconds\.\n$/);
  });

  it("prints the Derby and Derbyshire partnership's vision and priorities", () => {
    const part = section('1. Derby & Derbyshire Modern Slavery Partnership', '2. What to do next');
    expect(part).toContain(
      'Vision: Working together to fight slavery and support victims of slavery in Derby & Derbyshire.',
    );
    expect(part).toContain('Priorities 2017 – 2020:\n  1. Produce a Risk & Threat Assessment');
    expect(part).toContain('  7. Engage businesses to combat slavery and develop ethical practices');
  });

  it('has the council safeguard a child found at a car wash before referring them without consent', () => {
    const part = section('2.1 A child found at a car wash', '2.2 ');
    expect(part).toContain('Treated as a child: yes');
    expect(part).toMatch(
      /1\. Contact the local authority's children's services[\s\S]*2\. Submit an NRM referral/,
    );
    expect(part).toContain('it does not need their consent');
    expect(part).toContain('local pathway: Derby and Derbyshire local pathway');
  });

  it('has the police send an anonymous notification for an adult who refuses consent', () => {
    const part = section('2.2 An adult who refuses consent', '2.3 ');
    expect(part).toContain('1. Send an anonymous Duty to Notify notification');
    expect(part).toContain('It must not hold: name, contact details, date of birth.');
    expect(part).not.toContain('Submit an NRM referral');
  });

  it('has a nurse pass their concern to a first responder, as the NHS is not one', () => {
    const part = section("2.3 A nurse's concern", '2.4 ');
    expect(part).toContain('The responder works for a first responder organisation here: no');
    expect(part).toContain('1. Pass the case to a first responder organisation');
    expect(part).not.toContain('Submit an NRM referral');
  });

  it('treats a person of uncertain age as a child and asks for their age to be assessed', () => {
    const part = section('2.4 A person of uncertain age', '3. Checking');
    expect(part).toContain('Treated as a child: yes');
    expect(part).toContain('Ask the local authority to assess their age');
  });

  it('explains every decision with the rules and their sources', () => {
    const decisions = section('2. What to do next', '3. Checking');
    expect(decisions.match(/\n {2}Why:\n/g)?.length).toBe(4);
    expect(decisions).toContain('Source: Modern Slavery Act 2015, s52');
  });

  it('finds the five records broken on purpose, and nothing else, saying what is wrong with each', () => {
    const part = section('3. Checking a batch of case records', '4. The quarterly report');
    for (const code of [
      'case-record.referral-date.invalid-date',
      'case-record.exploitation-types.required',
      'case-record.rg-decision-date.before-referral',
      'case-record.jurisdiction.invalid-option',
      'case-record.first-responder-type.not-a-first-responder',
    ]) {
      expect(part).toContain(`[${code}]`);
    }
    expect(part).not.toContain('not broken on purpose');
    expect(part).toContain('1,200 rows checked: 1,195 valid, 5 invalid.');
  });

  it('writes the report for the last whole quarter as HTML with charts, and prints where', () => {
    const part = section('4. The quarterly report: January to March 2026', 'Finished');
    expect(part).toContain('The report, one HTML page with charts, is in demo.html');
    expect(ws.read('demo.html')).toContain('<svg');
  });

  it('prints no reference of any record', () => {
    const references = demoBatch('2026-03-31', '2026-04-01')
      .csv.split('\n')
      .slice(1)
      .map((line) => line.split(',')[0])
      .filter((reference) => reference !== undefined && reference !== '');
    expect(references.length).toBe(1200);
    expect(references.filter((reference) => stdout.includes(reference as string))).toEqual([]);
  });

  it("writes the report to the system's temporary folder unless told where", async () => {
    const result = await ws.run(['demo', '--as-of', '2026-04-01']);
    const file = join(ws.dir, 'antislavery-demo-report-2026-Q1.html');
    expect(result.stdout).toContain(`The report, one HTML page with charts, is in ${file}\n`);
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});

describe('demoBatch', () => {
  it('breaks one record in each of five ways, at the rows it reports', () => {
    const batch = demoBatch('2026-03-31', '2026-04-01');
    const lines = batch.csv.trimEnd().split('\n');
    expect(lines.length).toBe(1201);
    expect(batch.faults.size).toBe(5);
    const cells = (row: number) => (lines[row] ?? '').split(',');
    const [dateRow, typesRow, decisionRow, nationRow, responderRow] = [...batch.faults.keys()];
    const header = (lines[0] ?? '').split(',');
    const at = (row: number | undefined, column: string) => cells(row ?? 0)[header.indexOf(column)];
    expect(at(dateRow, 'referralDate')).toMatch(/^\d{4}-02-30$/);
    expect(at(typesRow, 'exploitationTypes')).toBe('');
    expect((at(decisionRow, 'rgDecisionDate') ?? '') < (at(decisionRow, 'referralDate') ?? '')).toBe(true);
    expect(at(nationRow, 'jurisdiction')).toBe('England');
    expect(at(responderRow, 'firstResponderType')).toBe('nhs');
  });
});
