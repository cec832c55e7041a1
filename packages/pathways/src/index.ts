/**
 * The national referral pathway for modern slavery in England, Wales, Scotland and Northern
 * Ireland, with councils' local pathways layered on top. A frontline practitioner describes what
 * they know; `decidePathway` says what to do next, in order, and why, citing the law and guidance
 * behind every step. Built on `@antislavery/rules`.
 *
 * @packageDocumentation
 */

// Deciding a pathway

export { decidePathway, type SafePathwayDecision, safeDecidePathway } from './decide-pathway.js';
export type {
  ActionBase,
  AgeAssessmentAction,
  ContactAction,
  ExplainedRule,
  LocalStepAction,
  MissingFact,
  NotificationAction,
  NrmReferralAction,
  PassToFirstResponderAction,
  PathwayAction,
  PathwayDecision,
  PathwayExplanation,
} from './decision.js';
export type { DecidePathwayOptions } from './prepare.js';

// The facts of a case and the choices where the law is unconfirmed

export { NRM_START } from './as-of.js';
export {
  DEFAULT_PATHWAY_ASSUMPTIONS,
  type PathwayAssumptions,
  pathwayAssumptionsSchema,
} from './assumptions.js';
export { type PathwayFacts, pathwayFactsSchema } from './pathway-facts.js';

// Vocabulary: actions, teams, consent, who refers a child, what a notification holds

export { ACTION_IDS, ACTION_LABELS, type ActionId, actionIdSchema } from './actions.js';
export {
  CHILD_REFERRAL_ROUTE_LABELS,
  CHILD_REFERRAL_ROUTES,
  type ChildReferralRoute,
  childReferralRouteSchema,
} from './child-referral-routes.js';
export {
  CONSENT_ANSWER_LABELS,
  CONSENT_ANSWERS,
  type ConsentAnswer,
  consentAnswerSchema,
} from './consent.js';
export {
  NOTIFICATION_FIELDS,
  type NotificationContent,
  type NotificationField,
  notificationFieldSchema,
} from './notification-fields.js';
export { TEAM_LABELS, TEAMS, type Team, teamSchema } from './teams.js';

// Contacts

export { type Contact, contactSchema, type PathwayContact } from './contact.js';
export { NATIONAL_CONTACTS } from './national-contacts.js';

// Local pathways, and the two worked examples

export { localOverlay } from './local-overlay.js';
export {
  defineLocalPathway,
  LOCAL_CONTACT_ROLES,
  LOCAL_STEP_AUDIENCES,
  type LocalContactRole,
  type LocalPathway,
  type LocalPathwayResult,
  type LocalStep,
  localPathwaySchema,
  localStepSchema,
  validateLocalPathway,
} from './local-pathway.js';
export { derbyAndDerbyshireLocalPathway } from './local-pathways/derby-and-derbyshire.js';
export { wolverhamptonLocalPathway } from './local-pathways/wolverhampton.js';

// The rules: responder status, the national rules, their sources, parameters and case files

export type {
  PathwayEngineFacts,
  ResponderStatusFacts,
  ResponderStatusOutcome,
} from './engine-facts.js';
export { nationalRuleSet } from './national-rules.js';
export { pathwayEngineFacts } from './pathway-engine-facts.js';
export type {
  ActionBy,
  ActionRequest,
  ContactRef,
  LocalStepRequest,
  PathwayOutcome,
} from './pathway-outcome.js';
export { type PathwayParameter, type PathwayParameters, pathwayParameters } from './pathway-parameters.js';
export { type PathwayRuleSummary, pathwayRule, pathwayRules } from './pathway-rule-catalogue.js';
export { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';
export { type PathwayCaseOptions, runPathwayCases } from './run-pathway-cases.js';
export { isSourceTag, PATHWAY_SOURCES, type SourceTag } from './sources.js';
export { PATHWAY_RULES_VERSION } from './version.js';

// Errors and issues

export {
  type AsOfProblem,
  InvalidAsOfError,
  InvalidJurisdictionError,
  InvalidLocalPathwayError,
  InvalidPathwayFactsError,
} from './errors.js';
export type { PathwayIssue } from './issues.js';
