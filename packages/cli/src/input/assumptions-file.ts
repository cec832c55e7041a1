import { type PathwayAssumptions, pathwayAssumptionsSchema } from '@antislavery/pathways';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { formatIssuePath } from '../output/issue-lines.js';
import { readJsonFile } from './read-file.js';

/** The assumptions from `--assumptions`, checked. Internal. */
export async function readAssumptions(io: CliIo, file: string): Promise<PathwayAssumptions> {
  const parsed = pathwayAssumptionsSchema.safeParse(await readJsonFile(io, file));
  if (!parsed.success) {
    throw new CliError(
      `${file} does not hold assumptions the pathway can use: put these right`,
      parsed.error.issues.map((issue) => `${formatIssuePath(issue.path, '(the file)')}: ${issue.message}`),
    );
  }
  return parsed.data;
}
