/**
 * Loading rule sets, overlays and case files from JSON, validated with zod, and their JSON
 * Schemas. Kept apart from `@antislavery/rules` so that apps that never load JSON do not bundle
 * zod.
 *
 * @packageDocumentation
 */

export { caseExpectationSchema, caseFileSchema, testCaseSchema } from './case-file-schema.js';
// Zod schemas
export {
  asOfRefSchema,
  conditionSchema,
  factPathSchema,
  factRefSchema,
  paramRefSchema,
  scalarSchema,
} from './condition-schema.js';
// JSON Schemas generated from the zod schemas
export { caseFileJsonSchema, type JsonSchema, overlayJsonSchema, ruleSetJsonSchema } from './json-schemas.js';
// Loading: validated, never throwing
export { type LoadCaseFileResult, loadCaseFile } from './load-case-file.js';
export { type LoadOverlayResult, loadOverlay } from './load-overlay.js';
export { type LoadRuleSetOptions, type LoadRuleSetResult, loadRuleSet } from './load-rule-set.js';
export {
  citationSchema,
  factDeclarationSchema,
  inForceSchema,
  overlaySchema,
  parameterSchema,
  parameterVersionSchema,
  ruleSchema,
  ruleSetSchema,
} from './rule-set-schema.js';
