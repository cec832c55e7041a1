import type { CommandSpec, OptionSpec } from './command.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

const GLOBAL_OPTIONS: readonly (readonly [string, string])[] = [
  ['-h, --help', "Show help; antislavery <command> --help shows a command's options and examples"],
  ['-v, --version', 'Show the version'],
  ['--debug', 'When something goes wrong, show the full error with its stack trace'],
];

/** The widest left column a table keeps, and the width lines are wrapped to. */
const MAX_LEFT = 26;
const LINE_WIDTH = 100;

const EXIT_CODE_MEANINGS: Readonly<Record<ExitCode, string>> = {
  [EXIT_CODES.ok]: 'done: every record valid, every case passed',
  [EXIT_CODES.failed]: 'some records are invalid, or some cases failed',
  [EXIT_CODES.usage]: 'a mistake in the command line, or an input file that cannot be read',
};

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

/**
 * Two columns: the left no wider than {@link MAX_LEFT} (a longer entry has its text on the next
 * line), the right wrapped to fit {@link LINE_WIDTH}.
 */
function table(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.min(MAX_LEFT, Math.max(...rows.map(([left]) => left.length)));
  const gap = ' '.repeat(indent.length + width + 2);
  return rows.flatMap(([left, right]) => {
    const [first = '', ...rest] = wrap(right, LINE_WIDTH - gap.length);
    const head =
      left.length > width
        ? [`${indent}${left}`, `${gap}${first}`]
        : [`${indent}${left.padEnd(width)}  ${first}`];
    return [...head, ...rest.map((line) => `${gap}${line}`)].map((line) => line.trimEnd());
  });
}

/** Whether an option's choices are few enough to show in its label; if not, its text lists them. */
const fitsLabel = (choices: readonly string[]) => choices.join('|').length <= 40;

function optionLabel(name: string, option: OptionSpec): string {
  const flag = option.short === undefined ? `--${name}` : `-${option.short}, --${name}`;
  if (option.type === 'boolean') return flag;
  const choices = option.choices;
  const value = choices !== undefined && fitsLabel(choices) ? choices.join('|') : (option.value ?? 'value');
  return `${flag} <${value}>`;
}

function optionText(option: OptionSpec): string {
  const choices = option.choices;
  return choices === undefined || fitsLabel(choices)
    ? option.description
    : `${option.description}: ${choices.join(', ')}`;
}

/** The help of one command: usage, description, options, examples and exit codes. Internal. */
export function formatCommandHelp(spec: CommandSpec): string {
  const options = [
    ...Object.entries(spec.options).map(
      ([name, option]) => [optionLabel(name, option), optionText(option)] as const,
    ),
    ['-h, --help', 'Show this help'] as const,
  ];
  const codes = Object.entries(spec.exitCodes).map(([code, meaning]) => [code, meaning ?? ''] as const);
  return [
    `Usage: antislavery ${spec.name} ${spec.usage}`,
    '',
    ...spec.description,
    '',
    'Options:',
    ...table(options),
    '',
    'Examples:',
    ...spec.examples.flatMap((example) => [
      `  antislavery ${example.command}`,
      `      ${example.description}`,
    ]),
    '',
    'Exit codes:',
    ...table(codes),
    '',
  ].join('\n');
}

/** The help of the `antislavery` command: its commands, global options and exit codes. Internal. */
export function formatMainHelp(
  commands: readonly { readonly name: string; readonly summary: string }[],
  version: string,
): string {
  return [
    `antislavery ${version}: the command line of the antislavery SDK, for councils, police and partner`,
    'agencies working against modern slavery in the UK.',
    '',
    'Usage: antislavery <command> [options]',
    '',
    'Commands:',
    ...table(commands.map((command) => [command.name, command.summary] as const)),
    '',
    'Options:',
    ...table(GLOBAL_OPTIONS),
    '',
    'Exit codes:',
    ...table(Object.entries(EXIT_CODE_MEANINGS).map(([code, meaning]) => [code, meaning] as const)),
    '',
    "Run antislavery <command> --help for a command's options and examples.",
    '',
  ].join('\n');
}
