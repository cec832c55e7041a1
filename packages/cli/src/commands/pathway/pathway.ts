import { safeDecidePathway } from '@antislavery/pathways';
import { CliError } from '../../cli-error.js';
import type { Command, CommandRun, ParsedArgs } from '../../command.js';
import { EXIT_CODES } from '../../exit-codes.js';
import { readAssumptions } from '../../input/assumptions-file.js';
import { readLocalPathway } from '../../input/local-pathway-file.js';
import { readJsonFile } from '../../input/read-file.js';
import { asOfOption, flagOption, stringOption } from '../../options.js';
import { formatDecisionText } from '../../output/format-decision.js';
import { formatIssuePath } from '../../output/issue-lines.js';
import { pathwaySpec } from './spec.js';

/** Each fact option, and the path of the fact it sets. */
const FACT_OPTIONS = [
  ['jurisdiction', ['jurisdiction']],
  ['org-type', ['responder', 'organisationType']],
  ['organisation', ['responder', 'organisation']],
  ['team', ['responder', 'team']],
  ['under18', ['person', 'under18']],
  ['consent', ['person', 'consent']],
] as const;

/** Each yes-or-no fact, with its two switches. */
const SWITCHES = [
  ['in-danger', 'inImmediateDanger'],
  ['care-needs', 'hasCareAndSupportNeeds'],
  ['cooperating', 'cooperatingWithAuthorities'],
] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option that sets the fact at a path, if any. */
function optionFor(path: readonly PropertyKey[]): string | undefined {
  const key = path.join('.');
  const fact = FACT_OPTIONS.find(([, factPath]) => factPath.join('.') === key);
  if (fact !== undefined) return `--${fact[0]}`;
  const yesNo = SWITCHES.find(([, name]) => `person.${name}` === key);
  return yesNo === undefined ? undefined : `--${yesNo[0]}`;
}

/**
 * The facts of the case: the `--facts` file, with each fact option given put over it. Internal.
 */
export async function factsOf(io: Parameters<CommandRun>[1], args: ParsedArgs): Promise<unknown> {
  const file = stringOption(args, 'facts');
  // Without a file, the sections are there to be filled, so a fact not given is reported by name.
  const fromFile = file === undefined ? { responder: {}, person: {} } : await readJsonFile(io, file);
  const given =
    FACT_OPTIONS.some(([name]) => stringOption(args, name) !== undefined) ||
    SWITCHES.some(([name]) => flagOption(args, name) || flagOption(args, `no-${name}`));
  if (!given) return fromFile;
  if (!isObject(fromFile)) return fromFile;
  const facts: Json = { ...fromFile };
  const section = (name: 'responder' | 'person'): Json => {
    const current = facts[name];
    const copy = isObject(current) ? { ...current } : {};
    facts[name] = copy;
    return copy;
  };
  for (const [name, path] of FACT_OPTIONS) {
    const value = stringOption(args, name);
    if (value === undefined) continue;
    if (path.length === 1) facts[path[0]] = value;
    else section(path[0])[path[1]] = value;
  }
  for (const [name, fact] of SWITCHES) {
    const yes = flagOption(args, name);
    const no = flagOption(args, `no-${name}`);
    if (yes && no) throw new CliError(`Give --${name} or --no-${name}, not both`);
    if (yes || no) section('person')[fact] = yes;
  }
  return facts;
}

/**
 * `antislavery pathway`: decides the pathway for the facts given and prints the decision, as
 * text or JSON. Facts, a local pathway or assumptions that are not valid are a usage error
 * (exit code 2), one line for each issue. Internal.
 */
export const runPathway: CommandRun = async (args, io) => {
  const factsFile = stringOption(args, 'facts');
  const localName = stringOption(args, 'local');
  const assumptionsFile = stringOption(args, 'assumptions');
  const asOf = asOfOption(args);
  const facts = await factsOf(io, args);
  const local = localName === undefined ? undefined : await readLocalPathway(io, localName);
  const assumptions = assumptionsFile === undefined ? undefined : await readAssumptions(io, assumptionsFile);
  const result = safeDecidePathway(facts, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(local === undefined ? {} : { local }),
    ...(assumptions === undefined ? {} : { assumptions }),
  });
  if (!result.ok) {
    const where = (path: readonly PropertyKey[]): string => {
      if (path[0] === 'asOf') return '--as-of';
      const option = optionFor(path);
      const given =
        option !== undefined &&
        (stringOption(args, option.slice(2)) !== undefined || flagOption(args, option.slice(2)));
      if (option !== undefined && (given || factsFile === undefined)) return option;
      return factsFile === undefined
        ? formatIssuePath(path)
        : `${factsFile}: ${formatIssuePath(path, '(the file)')}`;
    };
    throw new CliError(
      factsFile === undefined
        ? 'The pathway cannot be decided until the facts are put right'
        : `The pathway cannot be decided until the facts are put right (antislavery schema pathway-facts shows the format of ${factsFile})`,
      result.issues.map((issue) => `${where(issue.path)}: ${issue.message}`),
    );
  }
  const format = stringOption(args, 'format') ?? 'text';
  io.stdout.write(
    format === 'json' ? `${JSON.stringify(result.decision, null, 2)}\n` : formatDecisionText(result.decision),
  );
  return EXIT_CODES.ok;
};

/** The `pathway` command. Internal. */
export const pathwayCommand: Command = { spec: pathwaySpec, run: runPathway };
