import { caseRecordSchema } from '@antislavery/referrals';
import type { ColumnMapping } from '@antislavery/referrals/read-exports';
import * as z from 'zod';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { formatIssuePath } from '../output/issue-lines.js';
import { readJsonFile } from './read-file.js';

const field = z.enum(caseRecordSchema.keyof().options, {
  error: 'Give a case record field, such as referralDate or exploitationTypes',
});

/**
 * The JSON of a `--map` file: the export's column names (or JSON keys) to the case record fields
 * they fill, as `ColumnMapping` of `@antislavery/referrals/read-exports` describes it. Internal.
 */
export const columnMappingSchema = z.record(
  z.string(),
  z.union(
    [
      field,
      z.strictObject(
        {
          field,
          values: z
            .record(z.string(), z.string(), {
              error: "Give values as an object of the export's words to the SDK's",
            })
            .optional(),
          separator: z
            .string({ error: 'Give the separator as text' })
            .min(1, { error: 'Give the separator' })
            .optional(),
          flag: z.string({ error: 'Give the flag as text' }).min(1, { error: 'Give the flag' }).optional(),
        },
        { error: 'Remove this: a column has only field, values, separator and flag' },
      ),
    ],
    { error: 'Give a case record field, or an object with a field' },
  ),
  { error: 'Give the column mapping as a JSON object of column names to case record fields' },
);

/** Reads and checks a `--map` file. Internal. */
export async function readColumnMapping(io: CliIo, file: string): Promise<ColumnMapping> {
  const json = await readJsonFile(io, file);
  const parsed = columnMappingSchema.safeParse(json);
  if (!parsed.success) {
    throw new CliError(
      `${file} is not a column mapping the command can use`,
      parsed.error.issues.map((issue) => `${formatIssuePath(issue.path, '(the file)')}: ${issue.message}`),
    );
  }
  return parsed.data as ColumnMapping;
}
