/**
 * The version of the pathway's rule sets. It changes whenever a rule, its dates or its citation
 * changes, and every decision records it, so a decision can be traced to the rules that made it.
 *
 * @example
 * ```ts
 * import { PATHWAY_RULES_VERSION } from '@antislavery/pathways';
 *
 * PATHWAY_RULES_VERSION;
 * //=> '2026.11.0'
 * ```
 */
export const PATHWAY_RULES_VERSION = '2026.11.0';
