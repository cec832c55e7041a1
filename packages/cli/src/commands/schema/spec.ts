import type { CommandSpec } from '../../command.js';
import { SCHEMA_NAMES } from './schema-names.js';

/** The `schema` command's help and examples. Internal. */
export const schemaSpec: CommandSpec = {
  name: 'schema',
  usage: `<${SCHEMA_NAMES.join('|')}>`,
  description: [
    'Prints a JSON Schema (draft 2020-12), generated from the schema the SDK checks with, so it',
    'cannot drift from the code. Point an editor at it for completion and checking, or give it to',
    'a system written in another language. The cross-field rules (consent, dates in order) belong',
    'to the SDK and are not in the schema.',
    '',
    '  referral, notification, case-record   NRM referrals, Duty to Notify notifications, case records',
    '  rule-set, case-file                   rule sets and case files of the rules engine',
    '  local-pathway, pathway-facts          a local pathway (--local) and the facts of a case (--facts)',
    '  partnership                           a partnership (--partnership of antislavery report)',
  ],
  positionals: { min: 1, max: 1, name: `the name of a schema: ${SCHEMA_NAMES.join(', ')}` },
  options: {},
  examples: [
    {
      command: 'schema case-record > case-record.schema.json',
      description: 'Save the JSON Schema of a case record.',
    },
    {
      command: 'schema local-pathway',
      description: "Print the JSON Schema of a council's local pathway file.",
    },
  ],
  exitCodes: { 0: 'the schema was printed', 2: 'no schema of that name' },
};
