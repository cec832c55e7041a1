import { access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  type LocalPathway,
  type PathwayAssumptions,
  RESPONDER_STATUS_RULE_SET,
  runPathwayCases,
} from '@antislavery/pathways';
import type { CaseFile, CaseReport } from '@antislavery/rules';
import { loadCaseFile } from '@antislavery/rules/json';
import { CliError } from '../../cli-error.js';
import type { Command, CommandRun } from '../../command.js';
import { EXIT_CODES } from '../../exit-codes.js';
import { readAssumptions } from '../../input/assumptions-file.js';
import { BUILT_IN_LOCAL_PATHWAY_LIST, readLocalPathway } from '../../input/local-pathway-file.js';
import { pathIn, readJsonFile } from '../../input/read-file.js';
import type { CliIo } from '../../io.js';
import { stringOption } from '../../options.js';
import { formatFailure } from '../../output/case-diff.js';
import { formatIssuePath } from '../../output/issue-lines.js';
import { conformanceSpec } from './spec.js';

const LOCAL_SUFFIX = '.local-pathway.json';
const ASSUMPTIONS_SUFFIX = '.assumptions.json';

/** The results of one case file. Internal. */
export type FileResult = {
  readonly file: string;
  readonly ruleSet: string | undefined;
  readonly report: CaseReport;
};

async function exists(io: CliIo, file: string): Promise<boolean> {
  try {
    await access(pathIn(io, file));
    return true;
  } catch {
    return false;
  }
}

/** The file beside a case file with the same name and another ending: `cases/a.json` to `cases/a.local-pathway.json`. */
function sibling(file: string, suffix: string): string {
  const name = basename(file).replace(/\.json$/i, '');
  const folder = dirname(file);
  return folder === '.' ? `${name}${suffix}` : join(folder, `${name}${suffix}`);
}

const isNational = (ruleSet: string | undefined) =>
  ruleSet === undefined ||
  ruleSet === RESPONDER_STATUS_RULE_SET.name ||
  ruleSet.startsWith('National referral pathway');

async function loadCases(io: CliIo, file: string): Promise<CaseFile> {
  const loaded = loadCaseFile(await readJsonFile(io, file));
  if (!loaded.ok) {
    throw new CliError(
      `${file} is not a case file the SDK can run: put these right (antislavery schema case-file shows the format)`,
      loaded.issues.map(
        (issue) =>
          `${formatIssuePath(issue.path, '(the file)')}${issue.caseName === undefined ? '' : ` (case "${issue.caseName}")`}: ${issue.message}`,
      ),
    );
  }
  return loaded.caseFile;
}

/**
 * Runs each case file with its local pathway and assumptions (see the command's help for where
 * they come from) and returns the results in the order given. Internal.
 */
export async function runCaseFiles(
  io: CliIo,
  files: readonly string[],
  options: { readonly local?: string; readonly assumptions?: string },
): Promise<FileResult[]> {
  const locals = new Map<string, LocalPathway>(
    BUILT_IN_LOCAL_PATHWAY_LIST.map((local) => [local.name, local]),
  );
  const given = options.local === undefined ? undefined : await readLocalPathway(io, options.local);
  const caseFiles: string[] = [];
  for (const file of files) {
    if (file.toLowerCase().endsWith(LOCAL_SUFFIX)) {
      const local = await readLocalPathway(io, file);
      locals.set(local.name, local);
    } else {
      caseFiles.push(file);
    }
  }
  if (caseFiles.length === 0) {
    throw new CliError('Give at least one case file as well as the local pathways (*.local-pathway.json)');
  }
  if (given !== undefined) locals.set(given.name, given);
  const shared =
    options.assumptions === undefined ? undefined : await readAssumptions(io, options.assumptions);

  const results: FileResult[] = [];
  for (const file of caseFiles) {
    const caseFile = await loadCases(io, file);
    const besideLocal = sibling(file, LOCAL_SUFFIX);
    let local: LocalPathway | undefined;
    if (await exists(io, besideLocal)) local = await readLocalPathway(io, besideLocal);
    else if (caseFile.ruleSet !== undefined && locals.has(caseFile.ruleSet))
      local = locals.get(caseFile.ruleSet);
    else if (caseFile.ruleSet === undefined) local = given;
    if (local === undefined && !isNational(caseFile.ruleSet)) {
      throw new CliError(
        `${file} is for the rule set "${caseFile.ruleSet}", and no local pathway of that name was given: give it with --local, or as ${basename(besideLocal)} beside the case file`,
      );
    }
    const besideAssumptions = sibling(file, ASSUMPTIONS_SUFFIX);
    const assumptions: PathwayAssumptions | undefined = (await exists(io, besideAssumptions))
      ? await readAssumptions(io, besideAssumptions)
      : shared;
    const report = runPathwayCases(caseFile, {
      ...(local === undefined ? {} : { local }),
      ...(assumptions === undefined ? {} : { assumptions }),
    });
    results.push({ file, ruleSet: caseFile.ruleSet, report });
  }
  return results;
}

/** The results as text: each failing case with its diff, then `N passed, M failed`. Internal. */
export function formatConformanceText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const { file, report } of results) {
    passed += report.passed;
    failed += report.failed;
    for (const result of report.results) {
      if (result.passed) continue;
      lines.push(`✗ ${file}: ${result.name}`);
      for (const failure of result.failures)
        lines.push(...formatFailure(failure).map((line) => `    ${line}`));
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(`${passed} passed, ${failed} failed`);
  return `${lines.join('\n')}\n`;
}

/** `antislavery conformance <files...>`: runs the case files. Exit code 1 if any case fails. Internal. */
export const runConformance: CommandRun = async (args, io) => {
  const local = stringOption(args, 'local');
  const assumptions = stringOption(args, 'assumptions');
  const results = await runCaseFiles(io, args.positionals, {
    ...(local === undefined ? {} : { local }),
    ...(assumptions === undefined ? {} : { assumptions }),
  });
  const failed = results.reduce((sum, { report }) => sum + report.failed, 0);
  if (stringOption(args, 'format') === 'json') {
    const passed = results.reduce((sum, { report }) => sum + report.passed, 0);
    const files = results.map(({ file, ruleSet, report }) => ({
      file,
      ruleSet: ruleSet ?? null,
      passed: report.passed,
      failed: report.failed,
      failures: report.results
        .filter((result) => !result.passed)
        .map((result) => ({ name: result.name, failures: result.failures })),
    }));
    io.stdout.write(`${JSON.stringify({ passed, failed, files }, null, 2)}\n`);
  } else {
    io.stdout.write(formatConformanceText(results));
  }
  return failed > 0 ? EXIT_CODES.failed : EXIT_CODES.ok;
};

/** The `conformance` command. Internal. */
export const conformanceCommand: Command = { spec: conformanceSpec, run: runConformance };
