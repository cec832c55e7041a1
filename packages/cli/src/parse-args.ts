import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import type { CommandSpec, ParsedArgs } from './command.js';

const HELP = { type: 'boolean', short: 'h' } as const;

/** The option a parser message is about: its long name where the message gives one. */
function optionName(message: string): string {
  return /'[^']*?(--[^' ,=]+)/.exec(message)?.[1] ?? /'(-[^' ,=]+)/.exec(message)?.[1] ?? 'an option';
}

/**
 * Reads a command's arguments with Node's `util.parseArgs`, strictly: an unknown option, a
 * missing value, a value not among an option's choices or the wrong number of arguments is a
 * {@link CliError} that says what to do. `--help` is read by the caller before this. Internal.
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [
      name,
      option.short === undefined ? { type: option.type } : { type: option.type, short: option.short },
    ]),
  );
  const help = `Run antislavery ${spec.name} --help to see how to use it.`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: HELP },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`${spec.name} has no option ${optionName(message)}. ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = optionName(message);
      throw new CliError(
        message.includes('does not take an argument')
          ? `Give ${name} without a value. ${help}`
          : `Give a value after ${name}. ${help}`,
      );
    }
    throw error;
  }
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (Array.isArray(value)) continue;
    values[name] = value;
    const choices = spec.options[name]?.choices;
    if (choices !== undefined && typeof value === 'string' && !choices.includes(value)) {
      throw new CliError(`Give --${name} as ${listOf(choices)}. ${help}`);
    }
    if (typeof value === 'string' && value.trim() === '') {
      throw new CliError(`Give a value after --${name}. ${help}`);
    }
  }
  const { min, max, name } = spec.positionals;
  if (parsed.positionals.length < min) {
    throw new CliError(`Give ${name}. ${help}`);
  }
  if (max !== undefined && parsed.positionals.length > max) {
    throw new CliError(
      max === 0
        ? `${spec.name} takes only options: remove the other arguments. ${help}`
        : `${spec.name} takes ${max === 1 ? 'one argument' : `${max} arguments`}: remove the others. ${help}`,
    );
  }
  return { values, positionals: parsed.positionals };
}

/** `a`, `a or b`, `a, b or c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
