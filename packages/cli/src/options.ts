import { type IsoDate, isIsoDate } from '@antislavery/model/calendar';
import { CliError } from './cli-error.js';
import type { ParsedArgs } from './command.js';

/** A string option's value, if given. Internal. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a switch was given. Internal. */
export function flagOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** `--as-of`, checked to be a real date. Internal. */
export function asOfOption(args: ParsedArgs): IsoDate | undefined {
  const value = stringOption(args, 'as-of');
  if (value === undefined) return undefined;
  if (!isIsoDate(value))
    throw new CliError('Give --as-of as a real date in the format YYYY-MM-DD, like 2025-03-31');
  return value;
}

/** A whole-number option of at least `min`, if given. Internal. */
export function wholeNumberOption(args: ParsedArgs, name: string, min: number): number | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min) {
    throw new CliError(`Give --${name} as a whole number of ${min} or more`);
  }
  return number;
}
