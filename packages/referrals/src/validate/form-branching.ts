import type { IssueCodeEntry } from '../define-issue.js';
import type { Field } from '../fields/field.js';
import { answerOf, codeOf, removable } from '../fields/field.js';
import type { Issue } from '../issue.js';
import type { DutyToNotifyNotification } from '../schemas/duty-to-notify-notification.js';
import type { NrmReferral } from '../schemas/nrm-referral.js';

// The official form's branching: which answers it asks for, given earlier answers. A field the
// form shows must be given (unless the form leaves it optional); a field it does not show must be
// absent. These are the form's own rules (HOF `dependent` and forks in apps/nrm/index.js), not
// the law's: the legal rules are in pathway-checks.ts.

/** One conditional field. */
export type Branch<T> = {
  /** The conditional field's path. */
  readonly path: readonly string[];
  /** Whether the form asks for the field, given the record's other answers. */
  readonly shown: (record: T) => boolean;
  /** When the form asks for it, to follow "only": `if they were taken somewhere`. */
  readonly when: string;
  /** Whether the field must be given when the form asks for it. */
  readonly required: boolean;
  /**
   * Whether "absent when not shown" is a legal rule checked in pathway-checks.ts rather than here,
   * so that it is reported once, with its citation.
   */
  readonly absenceIsPathwayRule?: boolean;
};

/** The groups both documents share, for branches written once. */
type SharedRecord = Pick<
  NrmReferral,
  | 'age'
  | 'exploitation'
  | 'currentSituation'
  | 'reportedBefore'
  | 'assessment'
  | 'locations'
  | 'exploiters'
  | 'exploitationTypes'
  | 'otherVictims'
  | 'futureRisk'
  | 'police'
  | 'cooperation'
>;

type ContactDetails = NonNullable<NonNullable<NrmReferral['decision']>['potentialVictim']>;

const inUk = (r: SharedRecord) => r.locations.where !== 'overseas';
const overseas = (r: SharedRecord) => r.locations.where !== 'uk';

const SHARED: readonly Branch<SharedRecord>[] = [
  {
    path: ['age', 'under18DuringExploitation'],
    shown: (r) => r.age.under18 === 'no',
    when: 'if they are not under 18',
    required: true,
  },
  {
    path: ['exploitation', 'journeyDetails'],
    shown: (r) => r.exploitation.takenSomewhere,
    when: 'if they were taken somewhere by their exploiter',
    required: true,
  },
  {
    path: ['currentSituation', 'whatIsKeepingThem'],
    shown: (r) => r.currentSituation.stillExploited,
    when: 'if they are still in the exploitative situation',
    required: true,
  },
  {
    path: ['currentSituation', 'howTheyLeft'],
    shown: (r) => !r.currentSituation.stillExploited,
    when: 'if they have left the exploitative situation',
    required: true,
  },
  {
    path: ['reportedBefore', 'yesDetails'],
    shown: (r) => r.reportedBefore.firstChance === 'yes',
    when: 'if this is the first chance they have had to report it',
    required: false,
  },
  {
    path: ['reportedBefore', 'notSureDetails'],
    shown: (r) => r.reportedBefore.firstChance === 'not-sure',
    when: 'if it is not known whether this is the first chance they have had to report it',
    required: false,
  },
  {
    path: ['reportedBefore', 'whyReportNow'],
    shown: (r) => r.reportedBefore.firstChance === 'no',
    when: 'if this is not the first chance they have had to report it',
    required: true,
  },
  {
    path: ['assessment', 'indicatorsDetails'],
    shown: (r) => r.assessment.indicators,
    when: 'if you identified modern slavery indicators',
    required: true,
  },
  {
    path: ['assessment', 'credibilityConcernsDetails'],
    shown: (r) => r.assessment.credibilityConcerns,
    when: 'if there are indicators or evidence of dishonesty',
    required: true,
  },
  {
    path: ['assessment', 'othersInvolvedDetails'],
    shown: (r) => r.assessment.othersInvolved,
    when: 'if other people or organisations are involved',
    required: true,
  },
  { path: ['locations', 'ukCities'], shown: inUk, when: 'if they were exploited in the UK', required: true },
  {
    path: ['locations', 'ukAddress'],
    shown: inUk,
    when: 'if they were exploited in the UK',
    required: false,
  },
  {
    path: ['locations', 'overseasCountries'],
    shown: overseas,
    when: 'if they were exploited overseas',
    required: true,
  },
  {
    path: ['locations', 'overseasAddress'],
    shown: overseas,
    when: 'if they were exploited overseas',
    required: false,
  },
  {
    path: ['exploiters', 'inUk'],
    shown: (r) => r.exploiters.locationKnown,
    when: 'if you have information about where the exploiters are',
    required: true,
  },
  {
    path: ['exploiters', 'locationDetails'],
    shown: (r) => r.exploiters.locationKnown,
    when: 'if you have information about where the exploiters are',
    required: true,
  },
  {
    path: ['exploitationTypes', 'otherDetails'],
    shown: (r) => r.exploitationTypes.types.includes('other'),
    when: 'if "Other" is one of the types of exploitation',
    required: true,
  },
  {
    path: ['otherVictims', 'yesDetails'],
    shown: (r) => r.otherVictims.answer === 'yes',
    when: 'if there are other potential victims',
    required: false,
  },
  {
    path: ['otherVictims', 'notSureDetails'],
    shown: (r) => r.otherVictims.answer === 'not-sure',
    when: 'if you are not sure whether there are other potential victims',
    required: false,
  },
  {
    path: ['futureRisk', 'reasons'],
    shown: (r) => r.futureRisk.concerns,
    when: 'if you are concerned they will be exploited again',
    required: true,
  },
  {
    path: ['police', 'force'],
    shown: (r) => r.police.reported,
    when: 'if this has been reported to the police',
    required: true,
  },
  {
    path: ['police', 'crimeReference'],
    shown: (r) => r.police.reported,
    when: 'if this has been reported to the police',
    required: true,
  },
  {
    path: ['cooperation', 'details'],
    shown: (r) => r.cooperation.willing,
    when: 'if they are willing to co-operate with the authorities',
    required: false,
  },
];

/** The branches of a set of contact details: email details with email, address with post. */
function contactBranches<T>(
  at: readonly string[],
  contact: (record: T) => ContactDetails | undefined,
  safetyChecks: boolean,
): Branch<T>[] {
  const byEmail = (r: T) => contact(r)?.methods.includes('email') === true;
  const byPost = (r: T) => contact(r)?.methods.includes('post') === true;
  const branches: Branch<T>[] = [
    { path: [...at, 'email'], shown: byEmail, when: 'if they are to be contacted by email', required: true },
    { path: [...at, 'address'], shown: byPost, when: 'if they are to be contacted by post', required: true },
  ];
  if (safetyChecks) {
    branches.push(
      {
        path: [...at, 'emailSafe'],
        shown: byEmail,
        when: 'if they are to be contacted by email',
        required: true,
      },
      {
        path: [...at, 'postSafe'],
        shown: byPost,
        when: 'if they are to be contacted by post',
        required: true,
      },
    );
  }
  return branches;
}

const adult = (r: NrmReferral) => r.age.under18 === 'no';

/** The form's branches for an NRM referral, in the form's page order. */
export const REFERRAL_BRANCHES: readonly Branch<NrmReferral>[] = [
  {
    path: ['localAuthorityContact'],
    shown: (r) => r.age.under18 !== 'no',
    when: 'if they are under 18 or their age is not known',
    required: true,
  },
  ...SHARED,
  {
    path: ['consent', 'refusalReason'],
    shown: (r) => r.consent?.given === false,
    when: 'if they do not consent to the referral',
    required: false,
  },
  { path: ['support'], shown: adult, when: 'if they are not under 18', required: true },
  {
    path: ['support', 'phone'],
    shown: (r) => r.support?.needed === true,
    when: 'if they need support',
    required: true,
  },
  {
    path: ['support', 'phoneNumber'],
    shown: (r) => r.support?.phone === 'yes',
    when: 'if they have their own phone number',
    required: true,
  },
  {
    path: ['support', 'alternativeNumber'],
    shown: (r) => r.support?.phone === 'pv-alternative-number',
    when: 'if they can be contacted on someone else’s number',
    required: true,
  },
  {
    path: ['support', 'alternativeRelationship'],
    shown: (r) => r.support?.phone === 'pv-alternative-number',
    when: 'if they can be contacted on someone else’s number',
    required: true,
  },
  {
    path: ['support', 'noPhoneReason'],
    shown: (r) => r.support?.phone === 'no',
    when: 'if they have no phone number to contact them on',
    required: true,
  },
  {
    path: ['person', 'children', 'howMany'],
    shown: (r) => r.person.children.hasChildren,
    when: 'if they have children',
    required: true,
  },
  {
    path: ['person', 'interpreter', 'language'],
    shown: (r) => r.person.interpreter.needed,
    when: 'if they need an interpreter',
    required: true,
  },
  {
    path: ['person', 'communicationAid', 'aid'],
    shown: (r) => r.person.communicationAid.needed,
    when: 'if they need other help with communication',
    required: true,
  },
  {
    path: ['person', 'homeOfficeReference', 'reference'],
    shown: (r) => r.person.homeOfficeReference.known,
    when: 'if they have a Home Office reference number',
    required: true,
  },
  { path: ['decision'], shown: adult, when: 'if they are not under 18', required: true },
  {
    path: ['decision', 'potentialVictim'],
    shown: (r) => r.decision?.sendTo === 'potential-victim',
    when: 'if the decision is to be sent to the potential victim',
    required: true,
  },
  ...contactBranches<NrmReferral>(['decision', 'potentialVictim'], (r) => r.decision?.potentialVictim, true),
  {
    path: ['decision', 'someoneElse'],
    shown: (r) => r.decision?.sendTo === 'someone-else',
    when: 'if the decision is to be sent to someone else',
    required: true,
  },
  ...contactBranches<NrmReferral>(['decision', 'someoneElse'], (r) => r.decision?.someoneElse, false),
];

/** The form's branches for a Duty to Notify notification. */
export const NOTIFICATION_BRANCHES: readonly Branch<DutyToNotifyNotification>[] = [
  ...SHARED,
  {
    path: ['identity'],
    shown: (r) => r.cooperation.willing,
    when: 'if they are willing to co-operate with the authorities',
    required: true,
    absenceIsPathwayRule: true,
  },
  ...contactBranches<DutyToNotifyNotification>(['identity', 'contact'], (r) => r.identity?.contact, true),
];

/** The field at a path of a field tree. */
export function fieldAt(root: Field, path: readonly string[]): Field {
  let field = root;
  for (const key of path) {
    const child = field.children?.[key];
    if (child === undefined) throw new TypeError(`form-branching: no field at ${path.join('.')}`);
    field = child;
  }
  return field;
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A branch made ready to check: its field, codes and messages worked out once. */
export type CompiledBranch<T> = Branch<T> & {
  readonly required: boolean;
  readonly requiredEntry: IssueCodeEntry;
  readonly notAllowedEntry: IssueCodeEntry;
};

/** Works out each branch's codes and messages once, for a document and its field tree. */
export function compileBranches<T>(
  document: string,
  root: Field,
  branches: readonly Branch<T>[],
): readonly CompiledBranch<T>[] {
  return branches.map((branch) => {
    const field = fieldAt(root, branch.path);
    const label = field.label;
    return {
      ...branch,
      requiredEntry: {
        code: codeOf(document, field, branch.path, 'required'),
        severity: 'error',
        message: field.messages.required ?? `Enter ${label}`,
        description: `There is no ${answerOf(label).replace(/^the answer/, 'answer')}, which the form asks for ${branch.when}.`,
        ...(field.form === undefined ? {} : { formField: field.form }),
      },
      notAllowedEntry: {
        code: codeOf(document, field, branch.path, 'not-allowed'),
        severity: 'error',
        message: `Remove ${removable(label)}: the form asks for this only ${branch.when}`,
        description: `There is ${answerOf(label).replace(/^the answer/, 'an answer')}, which the form asks for only ${branch.when}.`,
        ...(field.form === undefined ? {} : { formField: field.form }),
      },
    };
  });
}

/** Checks a well-formed record against the form's branches, adding issues. */
export function checkBranches<T>(branches: readonly CompiledBranch<T>[], record: T, issues: Issue[]): void {
  for (const branch of branches) {
    const shown = branch.shown(record);
    const given = valueAt(record, branch.path) !== undefined;
    if (shown && branch.required && !given) {
      issues.push({
        severity: 'error',
        path: [...branch.path],
        code: branch.requiredEntry.code,
        message: branch.requiredEntry.message,
      });
    } else if (!shown && given && branch.absenceIsPathwayRule !== true) {
      issues.push({
        severity: 'error',
        path: [...branch.path],
        code: branch.notAllowedEntry.code,
        message: branch.notAllowedEntry.message,
      });
    }
  }
}
