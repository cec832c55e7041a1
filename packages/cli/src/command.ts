import type { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

/** One option of a command, as its help shows it and as the parser reads it. Internal. */
export type OptionSpec = {
  /** A `string` option takes a value; a `boolean` option is a switch. */
  readonly type: 'string' | 'boolean';
  /** A one-letter alias, such as `o` for `--out`. */
  readonly short?: string;
  /** The values a `string` option accepts; any other is a usage error. */
  readonly choices?: readonly string[];
  /** What the value is, for the help: `file`, `date`, `n`. The choices are shown instead if given. */
  readonly value?: string;
  /** What the option does, in one line. */
  readonly description: string;
};

/** A worked example for a command's help. Internal. */
export type Example = {
  /** The command line, without the leading `antislavery`. */
  readonly command: string;
  /** What it does. */
  readonly description: string;
};

/** What a command takes and does, for its parser and its `--help`. Internal. */
export type CommandSpec = {
  /** The command's name, such as `validate`. */
  readonly name: string;
  /** The arguments after the name, such as `<file> [options]`. */
  readonly usage: string;
  /** A paragraph or two on what the command does. */
  readonly description: readonly string[];
  /** How many arguments (other than options) the command takes; `max` undefined for any number. */
  readonly positionals: { readonly min: number; readonly max?: number; readonly name: string };
  /** The options, by long name. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Worked examples. */
  readonly examples: readonly Example[];
  /** What each exit code means for this command. */
  readonly exitCodes: Readonly<Partial<Record<ExitCode, string>>>;
};

/** The command line after parsing: option values by long name, and the other arguments. Internal. */
export type ParsedArgs = {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
};

/** A command's implementation: a plain function of its arguments and its input and output. Internal. */
export type CommandRun = (args: ParsedArgs, io: CliIo) => Promise<ExitCode>;

/** A command: its spec and its implementation, loaded together when the command is run. Internal. */
export type Command = { readonly spec: CommandSpec; readonly run: CommandRun };
