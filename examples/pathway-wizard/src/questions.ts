import {
  JURISDICTION_LABELS,
  JURISDICTIONS,
  RESPONDER_TYPE_LABELS,
  RESPONDER_TYPES,
  type ResponderType,
  UNDER_18_ANSWER_LABELS,
  UNDER_18_ANSWERS,
} from '@antislavery/model';
import { CONSENT_ANSWER_LABELS, CONSENT_ANSWERS } from '@antislavery/pathways';

/**
 * Every question the wizard can ask, in the order they appear on the "Check your answers" page.
 * Each id is also the `name` of its radios and the id of its first radio.
 *
 * @example
 * ```ts
 * import { QUESTION_IDS } from './questions.js';
 *
 * QUESTION_IDS[0];
 * //=> 'nation'
 * ```
 */
export const QUESTION_IDS = [
  'nation',
  'organisation-type',
  'under-18',
  'immediate-danger',
  'consent',
  'co-operation',
  'care-needs',
] as const;

/**
 * One of the {@link QUESTION_IDS}.
 *
 * @example
 * ```ts
 * import type { QuestionId } from './questions.js';
 *
 * const id: QuestionId = 'under-18';
 * ```
 */
export type QuestionId = (typeof QUESTION_IDS)[number];

/**
 * One radio of a question: the value sent, its label and an optional hint under the label.
 *
 * @example
 * ```ts
 * import type { QuestionOption } from './questions.js';
 *
 * const option: QuestionOption = { value: 'yes', label: 'Yes' };
 * ```
 */
export type QuestionOption = {
  /** The value the radio sends. */
  readonly value: string;
  /** What the radio's label says. */
  readonly label: string;
  /** More about the option, shown under its label. */
  readonly hint?: string;
};

/**
 * A question page: the question (the page's only `<h1>`, inside the fieldset's legend), an
 * optional hint, the radios, the message shown when the user continues without answering, and the
 * short name of the answer on the "Check your answers" page.
 *
 * @example
 * ```ts
 * import { QUESTIONS } from './questions.js';
 *
 * QUESTIONS['under-18'].error;
 * //=> 'Select if the person is under 18'
 * ```
 */
export type Question = {
  /** The question's id. */
  readonly id: QuestionId;
  /** The question, as the page's heading. */
  readonly title: string;
  /** Help with answering, shown under the question. */
  readonly hint?: string;
  /** The answers to choose from. */
  readonly options: readonly QuestionOption[];
  /** What to do when nothing is selected, in GOV.UK style. */
  readonly error: string;
  /** The answer's name on the "Check your answers" page. */
  readonly summary: string;
  /** What the "Change" link changes, read out after "Change" by screen readers. */
  readonly change: string;
};

const yesNo: readonly QuestionOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

// Hints only where the option's label alone could mislead; each repeats what the rule behind it says.
const ORGANISATION_HINTS: Partial<Record<ResponderType, string>> = {
  'home-office': 'For example UK Visas and Immigration, Border Force or Immigration Enforcement',
  'hsc-trust': 'A first responder organisation in Northern Ireland',
  'designated-charity': "A charity on the official list of first responder organisations, such as Barnardo's",
  charity: 'A charity that is not on the official list of first responder organisations',
};

const hinted = (value: ResponderType): QuestionOption => {
  const hint = ORGANISATION_HINTS[value];
  const label = RESPONDER_TYPE_LABELS[value];
  return hint === undefined ? { value, label } : { value, label, hint };
};

/**
 * The questions, by id. The options come from the SDK's vocabularies (nations, responder types,
 * the official form's under-18 answers, consent answers), so they cannot drift from what
 * `decidePathway` accepts.
 *
 * @example
 * ```ts
 * import { QUESTIONS } from './questions.js';
 *
 * QUESTIONS.nation.options.map((option) => option.label);
 * //=> ['England', 'Wales', 'Scotland', 'Northern Ireland']
 * ```
 */
export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  nation: {
    id: 'nation',
    title: 'Where in the UK did you meet the person?',
    hint: 'England, Wales, Scotland and Northern Ireland each have their own rules.',
    options: JURISDICTIONS.map((value) => ({ value, label: JURISDICTION_LABELS[value] })),
    error: 'Select where in the UK you met the person',
    summary: 'Where in the UK',
    change: 'where in the UK you met the person',
  },
  'organisation-type': {
    id: 'organisation-type',
    title: 'What type of organisation do you work for?',
    hint: "If you do not work for an organisation, select 'Member of the public'.",
    options: RESPONDER_TYPES.map(hinted),
    error: 'Select the type of organisation you work for',
    summary: 'Your organisation',
    change: 'the type of organisation you work for',
  },
  'under-18': {
    id: 'under-18',
    title: 'Is the person under 18?',
    hint: "Select 'Not sure' if they may be under 18 but you do not know their age.",
    options: UNDER_18_ANSWERS.map((value) => ({ value, label: UNDER_18_ANSWER_LABELS[value] })),
    error: 'Select if the person is under 18',
    summary: 'Under 18',
    change: 'if the person is under 18',
  },
  'immediate-danger': {
    id: 'immediate-danger',
    title: 'Is the person in immediate danger?',
    hint: 'If they are, call 999 now.',
    options: yesNo,
    error: 'Select yes if the person is in immediate danger',
    summary: 'In immediate danger',
    change: 'if the person is in immediate danger',
  },
  consent: {
    id: 'consent',
    title: 'Does the person consent to being referred to the National Referral Mechanism (NRM)?',
    hint: "If you have not asked them yet, select 'Not asked yet'.",
    options: CONSENT_ANSWERS.map((value) => ({ value, label: CONSENT_ANSWER_LABELS[value] })),
    error: 'Select if the person consents to being referred to the NRM',
    summary: 'Consents to an NRM referral',
    change: 'if the person consents to being referred to the NRM',
  },
  'co-operation': {
    id: 'co-operation',
    title: 'Does the person agree to co-operate with the authorities?',
    hint: 'This decides what a Duty to Notify notification may say about them.',
    options: yesNo,
    error: 'Select yes if the person agrees to co-operate with the authorities',
    summary: 'Agrees to co-operate with the authorities',
    change: 'if the person agrees to co-operate with the authorities',
  },
  'care-needs': {
    id: 'care-needs',
    title: 'Does the person have care and support needs?',
    options: [...yesNo, { value: 'not-sure', label: 'Not sure' }],
    error: 'Select if the person has care and support needs',
    summary: 'Care and support needs',
    change: 'if the person has care and support needs',
  },
};

/**
 * The questions every decision needs, asked first and in this order: `decidePathway` cannot run
 * without the nation, the type of organisation and the answer to "Is the person under 18?".
 *
 * @example
 * ```ts
 * import { REQUIRED_QUESTIONS } from './questions.js';
 *
 * REQUIRED_QUESTIONS;
 * //=> ['nation', 'organisation-type', 'under-18']
 * ```
 */
export const REQUIRED_QUESTIONS: readonly QuestionId[] = ['nation', 'organisation-type', 'under-18'];

/**
 * The question that finds out each fact the decision can report as missing. The rules decide
 * which of these to ask, and when: a child is never asked for consent because no rule about a
 * child needs it. Missing facts with no question here (such as whether the area has the
 * Independent Child Trafficking Guardian service) are listed on the result page instead.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_QUESTIONS } from './questions.js';
 *
 * FOLLOW_UP_QUESTIONS.get('person.consent');
 * //=> 'consent'
 * ```
 */
export const FOLLOW_UP_QUESTIONS: ReadonlyMap<string, QuestionId> = new Map([
  ['person.inImmediateDanger', 'immediate-danger'],
  ['person.consent', 'consent'],
  ['person.cooperatingWithAuthorities', 'co-operation'],
  ['person.hasCareAndSupportNeeds', 'care-needs'],
]);

/**
 * The label of the option a question was answered with, for the "Check your answers" page, or
 * `undefined` if the value is not one of its options.
 *
 * @param id - the question
 * @param value - the answer given
 *
 * @example
 * ```ts
 * import { answerLabel } from './questions.js';
 *
 * answerLabel('consent', 'not-sought');
 * //=> 'Not asked yet'
 * ```
 */
export function answerLabel(id: QuestionId, value: string): string | undefined {
  return QUESTIONS[id].options.find((option) => option.value === value)?.label;
}
