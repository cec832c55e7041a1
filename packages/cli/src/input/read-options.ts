import type { ParsedArgs } from '../command.js';
import type { CliIo } from '../io.js';
import { asOfOption, stringOption } from '../options.js';
import { readColumnMapping } from './column-mapping.js';

/**
 * How to read a file of case records, from `--map`, `--delimiter`, `--list-separator` and
 * `--as-of`, which `validate` and `report` share. Internal.
 */
export async function readOptionsOf(io: CliIo, args: ParsedArgs) {
  const map = stringOption(args, 'map');
  const columns = map === undefined ? undefined : await readColumnMapping(io, map);
  const delimiter = stringOption(args, 'delimiter');
  const listSeparator = stringOption(args, 'list-separator');
  const asOf = asOfOption(args);
  return {
    ...(columns === undefined ? {} : { columns }),
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(listSeparator === undefined ? {} : { listSeparator }),
    ...(asOf === undefined ? {} : { asOf }),
  };
}
