// Internal: checking what `decidePathway` is given, once, and turning it into the facts the rules
// read (the "enrich" step).

import { type IsoDate, isIsoDate, todayInUk } from '@antislavery/model/calendar';
import { classifyOrganisation } from '@antislavery/model/lists';
import { type Evaluation, evaluate } from '@antislavery/rules';
import { asOfIssue, asOfProblem } from './as-of.js';
import {
  DEFAULT_PATHWAY_ASSUMPTIONS,
  type PathwayAssumptions,
  pathwayAssumptionsSchema,
} from './assumptions.js';
import { cacheMap, weakCache } from './caches.js';
import { compiledResponderStatus } from './compiled-rule-sets.js';
import type { PathwayEngineFacts, ResponderStatusFacts, ResponderStatusOutcome } from './engine-facts.js';
import { InvalidAsOfError, InvalidLocalPathwayError, InvalidPathwayFactsError } from './errors.js';
import { type PathwayIssue, parseOutside } from './issues.js';
import {
  isCheckedLocalPathway,
  type LocalPathway,
  type LocalPathwayResult,
  validateLocalPathway,
} from './local-pathway.js';
import { type PathwayFacts, pathwayFactsSchema } from './pathway-facts.js';

/**
 * Options for `decidePathway` and `safeDecidePathway`.
 *
 * @example
 * ```ts
 * import type { DecidePathwayOptions } from '@antislavery/pathways';
 *
 * const options: DecidePathwayOptions = { asOf: '2026-04-01', assumptions: { unconfirmedDutyToNotify: 'no-duty' } };
 * ```
 */
export type DecidePathwayOptions = {
  /** The date to decide for, `YYYY-MM-DD`, from 1 April 2009; today in the UK when not given. */
  readonly asOf?: string;
  /** The council's local pathway, from `defineLocalPathway`; its nation must be the case's. */
  readonly local?: LocalPathway;
  /** Choices where the law in the sources is unconfirmed (see `DEFAULT_PATHWAY_ASSUMPTIONS`). */
  readonly assumptions?: PathwayAssumptions;
};

/** Everything a decision needs, checked. */
export type Prepared = {
  readonly facts: PathwayFacts;
  readonly asOf: IsoDate;
  readonly local: LocalPathway | undefined;
  readonly assumptions: Required<PathwayAssumptions>;
};

/** What went wrong, with the kind of error `decidePathway` throws for it. */
export type PrepareFailure = {
  readonly ok: false;
  readonly issues: readonly PathwayIssue[];
  readonly error: InvalidAsOfError | InvalidLocalPathwayError | InvalidPathwayFactsError;
};

const localResults = weakCache<object, LocalPathwayResult>();

function checkLocal(local: unknown): LocalPathwayResult {
  if (isCheckedLocalPathway(local)) return { ok: true, value: local };
  if (typeof local !== 'object' || local === null) return validateLocalPathway(local);
  let result = localResults.get(local);
  if (result === undefined) {
    result = validateLocalPathway(local);
    localResults.set(local, result);
  }
  return result;
}

/** Checks the facts and options; never throws. */
export function prepare(
  facts: unknown,
  options: DecidePathwayOptions | undefined,
  where: string,
): { readonly ok: true; readonly prepared: Prepared } | PrepareFailure {
  const given: Partial<Record<keyof DecidePathwayOptions, unknown>> =
    typeof options === 'object' && options !== null ? options : {};
  const asOf = given.asOf === undefined ? todayInUk() : given.asOf;
  const problem = asOfProblem(asOf);
  const issues: PathwayIssue[] = [];
  let error: PrepareFailure['error'] | undefined;
  if (problem !== undefined) {
    issues.push(asOfIssue(problem));
    error = new InvalidAsOfError(`${where}(options.asOf)`, problem);
  }

  let local: LocalPathway | undefined;
  if (given.local !== undefined) {
    const checked = checkLocal(given.local);
    if (checked.ok) local = checked.value;
    else {
      issues.push(...checked.issues.map((issue) => ({ ...issue, path: ['local', ...issue.path] })));
      error ??= new InvalidLocalPathwayError(checked.issues);
    }
  }

  const factIssues: PathwayIssue[] = [];
  const parsed = parseOutside(
    pathwayFactsSchema,
    facts,
    'pathway',
    'The facts could not be read: check they are plain data, such as parsed JSON',
  );
  if (!parsed.success) factIssues.push(...parsed.issues);
  let assumptions: Required<PathwayAssumptions> = DEFAULT_PATHWAY_ASSUMPTIONS;
  if (given.assumptions !== undefined) {
    const parsedAssumptions = parseOutside(
      pathwayAssumptionsSchema,
      given.assumptions,
      'pathway.assumptions',
      'The assumptions could not be read: check they are plain data, such as parsed JSON',
      ['assumptions'],
    );
    if (parsedAssumptions.success) {
      assumptions = {
        ...DEFAULT_PATHWAY_ASSUMPTIONS,
        ...parsedAssumptions.data,
      } as Required<PathwayAssumptions>;
    } else {
      factIssues.push(...parsedAssumptions.issues);
    }
  }
  if (parsed.success && local !== undefined && local.jurisdiction !== parsed.data.jurisdiction) {
    factIssues.push({
      severity: 'error',
      code: 'pathway.jurisdiction.not-the-local-pathway-nation',
      path: ['jurisdiction'],
      message:
        'Use a local pathway for the nation where the person was encountered: this local pathway is for another nation',
    });
  }
  if (factIssues.length > 0) {
    issues.push(...factIssues);
    error ??= new InvalidPathwayFactsError(factIssues);
  }
  if (error !== undefined || !parsed.success || !isIsoDate(asOf)) {
    return { ok: false, issues, error: error ?? new InvalidPathwayFactsError(issues) };
  }
  return { ok: true, prepared: { facts: parsed.data, asOf, local, assumptions } };
}

/** The facts the responder status rules read. */
export function responderStatusFacts(prepared: Prepared): ResponderStatusFacts {
  const { facts, assumptions } = prepared;
  const { organisationType, organisation } = facts.responder;
  const classification = organisation === undefined ? undefined : classifyOrganisation(organisation);
  const jurisdiction = facts.jurisdiction;
  const devolvedFrom =
    jurisdiction === 'scotland' || jurisdiction === 'northern-ireland'
      ? assumptions.devolvedDutyToNotifyFrom[jurisdiction]
      : undefined;
  return {
    jurisdiction,
    responder:
      classification === undefined
        ? { organisationType }
        : {
            organisationType,
            organisation: classification.name,
            servesJurisdictions: classification.jurisdictions,
            dutyToNotifyStatus: classification.dutyToNotify,
          },
    assumptions:
      devolvedFrom === undefined
        ? { unconfirmedDutyToNotify: assumptions.unconfirmedDutyToNotify }
        : {
            unconfirmedDutyToNotify: assumptions.unconfirmedDutyToNotify,
            devolvedDutyToNotifyFrom: devolvedFrom,
          },
  };
}

// The responder status depends on a handful of facts that repeat across a caseload (the same
// organisation, nation and date), so its evaluations are remembered, a bounded number at a time.
const STATUS_CACHE_SIZE = 1024;
const statusCache = cacheMap<string, Evaluation<ResponderStatusOutcome>>();

/** The responder status rules' evaluation. */
export function evaluateResponderStatus(prepared: Prepared): Evaluation<ResponderStatusOutcome> {
  const facts = responderStatusFacts(prepared);
  const key = JSON.stringify([
    prepared.asOf,
    facts.jurisdiction,
    facts.responder.organisationType,
    facts.responder.organisation,
    facts.assumptions.unconfirmedDutyToNotify,
    facts.assumptions.devolvedDutyToNotifyFrom,
  ]);
  let evaluation = statusCache.get(key);
  if (evaluation === undefined) {
    evaluation = evaluate(compiledResponderStatus(), facts, { asOf: prepared.asOf });
    if (statusCache.size >= STATUS_CACHE_SIZE) statusCache.clear();
    statusCache.set(key, evaluation);
  }
  return evaluation;
}

/** The responder's status from the responder status rules' evaluation. */
export function statusOf(evaluation: Evaluation<ResponderStatusOutcome>): ResponderStatus {
  return {
    isFirstResponder: evaluation.outcomes.some((fired) => fired.outcome.firstResponder === true),
    hasDutyToNotify: evaluation.outcomes.some((fired) => fired.outcome.dutyToNotify === true),
  };
}

/** The responder's status. */
export type ResponderStatus = { readonly isFirstResponder: boolean; readonly hasDutyToNotify: boolean };

/** The facts the national rules read, given the responder's status. */
export function engineFacts(prepared: Prepared, status: ResponderStatus): PathwayEngineFacts {
  const { facts, local } = prepared;
  const { person, responder } = facts;
  const enginePerson: {
    -readonly [K in keyof PathwayEngineFacts['person']]: PathwayEngineFacts['person'][K];
  } = {
    under18: person.under18,
  };
  // Consent not yet sought is consent not yet known: the rules that need it ask for it.
  if (person.consent === 'given' || person.consent === 'refused') enginePerson.consent = person.consent;
  if (person.inImmediateDanger !== undefined) enginePerson.inImmediateDanger = person.inImmediateDanger;
  if (person.hasCareAndSupportNeeds !== undefined) {
    enginePerson.hasCareAndSupportNeeds = person.hasCareAndSupportNeeds;
  }
  if (person.cooperatingWithAuthorities !== undefined) {
    enginePerson.cooperatingWithAuthorities = person.cooperatingWithAuthorities;
  }
  const localFacts: { -readonly [K in keyof PathwayEngineFacts['local']]: PathwayEngineFacts['local'][K] } =
    {};
  if (local !== undefined) {
    if (local.ictgArea !== undefined) localFacts.ictgArea = local.ictgArea;
    if (local.devolvedChildDecisionPilot !== undefined) {
      localFacts.devolvedChildDecisionPilot = local.devolvedChildDecisionPilot;
    }
    localFacts.childNrmReferralsBy = local.childNrmReferralsBy ?? 'any-first-responder';
  }
  return {
    jurisdiction: facts.jurisdiction,
    responder: {
      organisationType: responder.organisationType,
      ...(responder.organisation === undefined ? {} : { organisation: responder.organisation }),
      ...(responder.team === undefined ? {} : { team: responder.team }),
      isFirstResponder: status.isFirstResponder,
      hasDutyToNotify: status.hasDutyToNotify,
    },
    person: enginePerson,
    local: localFacts,
  };
}
