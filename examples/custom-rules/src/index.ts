// The statutory checks: the Modern Slavery Act 2015 s54 duty, as a typed, locked rule set

// Example Council's local policy, as an overlay
export { type CouncilParameters, councilPolicy } from './council-policy.js';
// The two combined and compiled
export { procurementChecks, procurementRuleSet } from './procurement-checks.js';
export {
  type Finding,
  type StatutoryParameters,
  type SupplierFacts,
  statutoryRuleSet,
} from './supplier-statement-rules.js';
