import type { IssueCodeEntry } from './define-issue.js';
import { EXPORT_ISSUES } from './exports/export-issues.js';
import { answerOf, codeOf, type Field, type FieldKind, type Problem, sentence } from './fields/field.js';
import { UNKNOWN_FIELD_MESSAGE } from './fields/kit.js';
import { FORM_PAYLOAD_ISSUES } from './form-payload.js';
import { PATHWAY_ISSUES } from './pathway-checks.js';
import { caseRecordField } from './schemas/case-record.js';
import { notificationField } from './schemas/duty-to-notify-notification.js';
import { nrmReferralField } from './schemas/nrm-referral.js';
import { CASE_RECORD_ISSUES } from './validate/case-record-rules.js';
import { DATE_ISSUES } from './validate/date-rules.js';
import type { CompiledBranch } from './validate/form-branching.js';
import { UNREADABLE_ISSUES } from './validate/run-validation.js';
import { COMPILED_NOTIFICATION_BRANCHES } from './validate/validate-notification.js';
import { COMPILED_REFERRAL_BRANCHES } from './validate/validate-referral.js';

// The one registry of every issue code: the field codes come from the field trees, the rest from
// the rule modules' own definitions, so a message is written once and docs/error-codes.md (checked
// by a test) cannot drift from the code.

const DESCRIPTIONS: Readonly<Record<Problem, (answer: string, kind: FieldKind) => string>> = {
  required: (answer, kind) =>
    `There is no ${answer.replace(/^the answer/, 'answer')}${kind === 'text' ? ', or only spaces' : ''}.`,
  'invalid-type': (answer) =>
    `${sentence(answer)} is the wrong type of value, for example a number where text is expected.`,
  'invalid-option': (answer) => `${sentence(answer)} is not one of the form's options.`,
  'invalid-item': (answer) => `An entry of ${answer} is not an object.`,
  'too-long': (answer) => `${sentence(answer)} is longer than the form allows.`,
  'invalid-format': (answer) => `${sentence(answer)} is not in a format the form accepts.`,
  'invalid-date': (answer) => `${sentence(answer)} is not a real date written YYYY-MM-DD.`,
  'not-a-web-address': (answer) =>
    `${sentence(answer)} contains what looks like a web address, which the form rejects.`,
  'too-small': (answer) => `${sentence(answer)} is smaller than the form allows.`,
  'too-big': (answer) => `${sentence(answer)} is bigger than the form allows.`,
  'too-many': (answer) => `${sentence(answer)} has more entries than the form allows.`,
  duplicate: (answer) => `${sentence(answer)} has the same value more than once.`,
  'at-least-one': (answer) => `${sentence(answer)} is empty: at least one is needed.`,
  'not-allowed': (answer) => `${sentence(answer)} is given where the form does not ask for it.`,
};

function fieldEntries(document: string, root: Field): IssueCodeEntry[] {
  const entries: IssueCodeEntry[] = [];
  // A list's items share the list's code segment, and the list itself reports a missing or
  // malformed item, so an item contributes only the problems it reports itself.
  const walk = (field: Field, path: string[], item = false) => {
    for (const [problem, message] of Object.entries(field.messages) as [Problem, string][]) {
      if (path.length === 0 && problem !== 'invalid-type') continue;
      if (item && (field.kind === 'object' || problem !== 'invalid-option')) continue;
      entries.push({
        code: codeOf(document, field, path, problem),
        severity: 'error',
        message,
        description: DESCRIPTIONS[problem](answerOf(field.label), field.kind),
        ...(field.form === undefined ? {} : { formField: field.form }),
      });
    }
    for (const [key, child] of Object.entries(field.children ?? {})) walk(child, [...path, key]);
    if (field.item !== undefined) walk(field.item, path, true);
  };
  walk(root, []);
  entries.push({
    code: `${document}.unknown-field`,
    severity: 'error',
    message: UNKNOWN_FIELD_MESSAGE,
    description:
      'The input has a field the record does not have, for example a misspelt name; the path names it.',
  });
  return entries;
}

function branchEntries<T>(branches: readonly CompiledBranch<T>[]): IssueCodeEntry[] {
  return branches.flatMap((branch) =>
    branch.absenceIsPathwayRule === true
      ? [branch.requiredEntry]
      : [branch.requiredEntry, branch.notAllowedEntry],
  );
}

let registry: ReadonlyMap<string, IssueCodeEntry> | undefined;

function build(): ReadonlyMap<string, IssueCodeEntry> {
  const all: IssueCodeEntry[] = [
    ...fieldEntries('referral', nrmReferralField),
    ...branchEntries(COMPILED_REFERRAL_BRANCHES),
    ...fieldEntries('notification', notificationField),
    ...branchEntries(COMPILED_NOTIFICATION_BRANCHES),
    ...fieldEntries('case-record', caseRecordField),
    ...Object.values(UNREADABLE_ISSUES),
    ...Object.values(DATE_ISSUES),
    ...Object.values(CASE_RECORD_ISSUES),
    ...Object.values(PATHWAY_ISSUES),
    ...Object.values(EXPORT_ISSUES),
    ...Object.values(FORM_PAYLOAD_ISSUES),
  ];
  const map = new Map<string, IssueCodeEntry>();
  for (const entry of all) {
    const known = map.get(entry.code);
    // A conditional field's `required` code is both a field code and a branch code: the branch's
    // description, which says when the form asks, is the more useful one.
    if (known !== undefined && known.message !== entry.message) {
      throw new TypeError(`issue-codes: ${entry.code} has two messages`);
    }
    map.set(entry.code, known === undefined || entry.description.includes('the form asks') ? entry : known);
  }
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function codes(): ReadonlyMap<string, IssueCodeEntry> {
  registry ??= build();
  return registry;
}

/**
 * Every issue code the package can give, sorted by code, each with its severity, message and
 * description, and the form field, rule id and citation where there is one. docs/error-codes.md
 * is this list.
 *
 * @example
 * ```ts
 * import { issueCodes } from '@antislavery/referrals';
 *
 * issueCodes().some((entry) => entry.code === 'referral.consent.required-for-adult');
 * //=> true
 * ```
 */
export function issueCodes(): readonly IssueCodeEntry[] {
  return [...codes().values()];
}

/**
 * The registry entry of one issue code, or `undefined` for a code the package never gives.
 *
 * @example
 * ```ts
 * import { describeIssueCode } from '@antislavery/referrals';
 *
 * describeIssueCode('referral.exploitation-types.at-least-one')?.message;
 * //=> 'Select at least one type of exploitation'
 * describeIssueCode('referral.no-such-code');
 * //=> undefined
 * ```
 */
export function describeIssueCode(code: string): IssueCodeEntry | undefined {
  return codes().get(code);
}
