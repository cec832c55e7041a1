import {
  type ModelIssue,
  type Partnership,
  type Pledge,
  parsePartnership,
  parsePledge,
  parseStrategy,
  type Strategy,
} from '@antislavery/model';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { formatIssuePath } from '../output/issue-lines.js';
import { readJsonFile } from './read-file.js';

/**
 * The partnership, pledge or strategy from `--partnership`, whose outcomes' measures the report
 * evaluates: the file is read as each in turn, and when it is none of them, the issues of the
 * reading that came closest are shown. Internal.
 */
export async function readPartnership(io: CliIo, file: string): Promise<Partnership | Pledge | Strategy> {
  const json = await readJsonFile(io, file);
  const attempts = [parsePartnership(json), parsePledge(json), parseStrategy(json)];
  let closest: readonly ModelIssue[] | undefined;
  for (const attempt of attempts) {
    if (attempt.ok) return attempt.value;
    if (closest === undefined || attempt.issues.length < closest.length) closest = attempt.issues;
  }
  throw new CliError(
    `${file} is not a partnership, pledge or strategy the SDK can use: put these right (antislavery schema partnership shows the format)`,
    (closest ?? []).map((issue) => `${formatIssuePath(issue.path, '(the file)')}: ${issue.message}`),
  );
}
