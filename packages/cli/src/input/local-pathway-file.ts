import { access } from 'node:fs/promises';
import {
  derbyAndDerbyshireLocalPathway,
  type LocalPathway,
  validateLocalPathway,
  wolverhamptonLocalPathway,
} from '@antislavery/pathways';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { formatIssuePath } from '../output/issue-lines.js';
import { pathIn, readJsonFile } from './read-file.js';

const BUILT_IN: Readonly<Record<string, LocalPathway>> = {
  'derby-and-derbyshire': derbyAndDerbyshireLocalPathway,
  wolverhampton: wolverhamptonLocalPathway,
};

/** The worked local pathways that `--local` can name instead of a file. Internal. */
export const BUILT_IN_LOCAL_PATHWAYS: readonly string[] = Object.keys(BUILT_IN);

/** The worked local pathways, by their names. Internal. */
export const BUILT_IN_LOCAL_PATHWAY_LIST: readonly LocalPathway[] = Object.values(BUILT_IN);

async function exists(io: CliIo, file: string): Promise<boolean> {
  try {
    await access(pathIn(io, file));
    return true;
  } catch {
    return false;
  }
}

/**
 * A local pathway from `--local`: a JSON file checked with `validateLocalPathway`, or the name of
 * one of the worked examples when no file of that name exists. Internal.
 */
export async function readLocalPathway(io: CliIo, value: string): Promise<LocalPathway> {
  const builtIn = Object.hasOwn(BUILT_IN, value) ? BUILT_IN[value] : undefined;
  if (builtIn !== undefined && !(await exists(io, value))) return builtIn;
  const result = validateLocalPathway(await readJsonFile(io, value));
  if (!result.ok) {
    throw new CliError(
      `${value} is not a local pathway the SDK can use: put these right (antislavery schema local-pathway shows the format)`,
      result.issues.map((issue) => `${formatIssuePath(issue.path, '(the file)')}: ${issue.message}`),
    );
  }
  return result.value;
}
