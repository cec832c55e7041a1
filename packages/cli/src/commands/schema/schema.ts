import { partnershipSchema } from '@antislavery/model';
import { localPathwaySchema, pathwayFactsSchema } from '@antislavery/pathways';
import { jsonSchemaOf } from '@antislavery/referrals';
import { caseFileJsonSchema, ruleSetJsonSchema } from '@antislavery/rules/json';
import * as z from 'zod';
import { CliError } from '../../cli-error.js';
import type { Command, CommandRun } from '../../command.js';
import { EXIT_CODES } from '../../exit-codes.js';
import { listOf } from '../../parse-args.js';
import { SCHEMA_NAMES, type SchemaName } from './schema-names.js';
import { schemaSpec } from './spec.js';

function fromZod(schema: z.ZodType): Readonly<Record<string, unknown>> {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

const SCHEMAS: Readonly<Record<SchemaName, () => Readonly<Record<string, unknown>>>> = {
  referral: () => jsonSchemaOf('nrm-referral'),
  notification: () => jsonSchemaOf('duty-to-notify-notification'),
  'case-record': () => jsonSchemaOf('case-record'),
  'rule-set': () => ruleSetJsonSchema,
  'case-file': () => caseFileJsonSchema,
  'local-pathway': () => fromZod(localPathwaySchema),
  'pathway-facts': () => fromZod(pathwayFactsSchema),
  partnership: () => fromZod(partnershipSchema),
};

/** The JSON Schema of a named file. Internal. */
export function jsonSchemaNamed(name: string): Readonly<Record<string, unknown>> {
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new CliError(`Give the name of a schema: ${listOf(SCHEMA_NAMES)}`);
  }
  return SCHEMAS[name as SchemaName]();
}

/** `antislavery schema <name>`: prints the JSON Schema. Internal. */
export const runSchema: CommandRun = async (args, io) => {
  io.stdout.write(`${JSON.stringify(jsonSchemaNamed(args.positionals[0] ?? ''), null, 2)}\n`);
  return EXIT_CODES.ok;
};

/** The `schema` command. Internal. */
export const schemaCommand: Command = { spec: schemaSpec, run: runSchema };
