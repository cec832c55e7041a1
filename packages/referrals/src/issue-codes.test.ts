import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IssueCodeEntry } from './define-issue.js';
import { describeIssueCode, issueCodes } from './issue-codes.js';

// docs/error-codes.md is the registry rendered: this test fails when they differ. To regenerate the
// page after changing a code or message, run:
//   UPDATE_ERROR_CODES=1 npx vitest run packages/referrals/src/issue-codes.test.ts
//   npx biome format --write docs/error-codes.md

const page = new URL('../../../docs/error-codes.md', import.meta.url);

const SECTIONS: readonly (readonly [string, string, string])[] = [
  ['referral', 'NRM referrals', 'Given by `validateReferral` and `fromFormPayload`.'],
  [
    'notification',
    'Duty to Notify notifications',
    'Given by `validateNotification`, `toNotification` and `fromFormPayload`.',
  ],
  ['case-record', 'Case records', 'Given by `validateCaseRecord` and, for each row, `readCaseRecords`.'],
  ['export', 'Reading exports', 'Given by `readCaseRecords`, beside each row’s case record codes.'],
  ['form-payload', 'Form payloads', 'Given by `fromFormPayload`.'],
];

/** A page with its table cells' padding, and the length of separator dashes, taken out. */
const normalise = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/-{3,}/g, '---') : line))
    .join('\n');

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function meaning(entry: IssueCodeEntry): string {
  const parts = [entry.description];
  if (entry.formField !== undefined) parts.push(`Form field: \`${entry.formField}\`.`);
  if (entry.ruleId !== undefined) parts.push(`Rule \`${entry.ruleId}\`: ${entry.citation ?? ''}.`);
  return cell(parts.join(' '));
}

function render(entries: readonly IssueCodeEntry[]): string {
  const lines = [
    '# Issue codes',
    '',
    '<!-- Generated from issueCodes() in packages/referrals; a test checks it. Do not edit by hand:',
    '     UPDATE_ERROR_CODES=1 npx vitest run packages/referrals/src/issue-codes.test.ts',
    '     npx biome format --write docs/error-codes.md -->',
    '',
    'Every code that `@antislavery/referrals` can give, with the message that goes with it. A code is',
    'stable: programs may branch on it. A message is what a person should do, in the style of GOV.UK',
    'forms, and never repeats the value given. `error` stops a record being accepted; `warning` does',
    'not. Field codes are `<document>.<field path in kebab case>.<problem>`, with list positions left',
    'out of the code (they are in the issue’s `path`). See [Validating referrals](validating-referrals.md).',
    '',
    `There are ${entries.length} codes.`,
  ];
  for (const [prefix, title, given] of SECTIONS) {
    const section = entries.filter((entry) => entry.code.startsWith(`${prefix}.`));
    lines.push('', `## ${title}`, '', `${given} ${section.length} codes.`, '');
    lines.push('| Code | Severity | Message | Meaning |', '| --- | --- | --- | --- |');
    for (const entry of section) {
      lines.push(`| \`${entry.code}\` | ${entry.severity} | ${cell(entry.message)} | ${meaning(entry)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('the issue code registry', () => {
  const entries = issueCodes();

  it('lists each code once, sorted', () => {
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it('writes every code as dotted kebab-case words', () => {
    for (const entry of entries)
      expect(entry.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/);
  });

  it('puts every code under one of the documented sections', () => {
    const prefixes = SECTIONS.map(([prefix]) => `${prefix}.`);
    for (const entry of entries) expect(prefixes.some((prefix) => entry.code.startsWith(prefix))).toBe(true);
  });

  it('gives every code a message and a description in plain sentences', () => {
    for (const entry of entries) {
      expect(entry.message).toMatch(/^[A-Z]/);
      expect(entry.message).not.toMatch(/\.$/);
      expect(entry.description).toMatch(/^[A-Z"].*\.$/);
    }
  });

  it('cites the rule of every code a legal rule gives', () => {
    for (const entry of entries.filter((e) => e.ruleId !== undefined)) expect(entry.citation).toBeTruthy();
  });

  it('holds the examples from the brief', () => {
    expect(describeIssueCode('referral.consent.required-for-adult')?.message).toBe(
      'Select if the potential victim consents to being referred to the NRM',
    );
    expect(describeIssueCode('referral.exploitation-types.at-least-one')?.message).toBe(
      'Select at least one type of exploitation',
    );
    expect(describeIssueCode('referral.person.date-of-birth.in-future')?.message).toBe(
      'Date of birth must be in the past',
    );
    expect(describeIssueCode('referral.person.date-of-birth.required')?.message).toBe(
      'Enter the date of birth',
    );
  });

  it('describes a conditional field with when the form asks for it', () => {
    expect(describeIssueCode('referral.exploitation.journey-details.required')?.description).toBe(
      'There is no answer for the journey details, which the form asks for if they were taken somewhere by their exploiter.',
    );
  });

  it('matches docs/error-codes.md', () => {
    const expected = render(entries);
    if (process.env.UPDATE_ERROR_CODES === '1') writeFileSync(page, expected);
    // The formatter pads table cells to line them up; the padding is not content.
    expect(normalise(readFileSync(page, 'utf8'))).toBe(normalise(expected));
  });
});
