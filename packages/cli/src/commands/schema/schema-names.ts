/**
 * The files whose JSON Schema `antislavery schema` prints, by name. Internal.
 * - `referral`, `notification`, `case-record`: the records of `@antislavery/referrals`;
 * - `rule-set`, `case-file`: the rules engine's files, as `@antislavery/rules/json` loads them;
 * - `local-pathway`, `pathway-facts`: a council's local pathway (`--local`) and the facts of a
 *   case (`--facts`), as `@antislavery/pathways` checks them;
 * - `partnership`: a partnership, as `@antislavery/model` describes it.
 */
export const SCHEMA_NAMES = [
  'referral',
  'notification',
  'case-record',
  'rule-set',
  'case-file',
  'local-pathway',
  'pathway-facts',
  'partnership',
] as const;

/** One of the {@link SCHEMA_NAMES}. Internal. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];
