import type { CommandSpec } from '../../command.js';
import { RECORD_KINDS } from '../../input/record-kinds.js';

/** The `validate` command's options, help and examples. Internal. */
export const validateSpec: CommandSpec = {
  name: 'validate',
  usage: '<file.csv|file.jsonl|file.json> [options]',
  description: [
    'Checks every row of a file as the SDK validates it and prints the invalid rows with what to do',
    'about each, then a summary: rows, valid, invalid and the most frequent issue codes. A bad row',
    'never stops the check. CSV and JSON lines files are streamed, so a file of any size can be',
    'checked; a progress bar is drawn on a terminal for long files (never in a pipe or with',
    '--format json). Messages never repeat the values in the file.',
    '',
    'A CSV file holds case records, one a row, with columns named as the case record fields',
    '(referralDate, exploitationTypes...) unless --map names them. Referrals and notifications are',
    'read from JSON lines (one a line) or a JSON list.',
  ],
  positionals: { min: 1, max: 1, name: 'the file to check, such as antislavery validate records.csv' },
  options: {
    kind: {
      type: 'string',
      choices: RECORD_KINDS,
      description: 'What the file holds (default: case-record)',
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      description: 'Output for people or programs (default: text)',
    },
    map: {
      type: 'string',
      value: 'columns.json',
      description: "A JSON file naming which case record field each of the export's columns fills",
    },
    delimiter: { type: 'string', value: 'char', description: 'The CSV delimiter (default: a comma)' },
    'list-separator': {
      type: 'string',
      value: 'char',
      description: 'What separates the values of a list in one CSV cell (default: ;)',
    },
    'as-of': {
      type: 'string',
      value: 'date',
      description: 'Check dates as they stood on this day, YYYY-MM-DD (default: today in the UK)',
    },
    show: {
      type: 'string',
      value: 'n',
      description: 'How many invalid rows to list in text output (default: 20; 0 for none)',
    },
  },
  examples: [
    { command: 'validate records.csv', description: 'Check a CSV export of case records.' },
    {
      command: 'validate export.csv --map columns.json --delimiter ";"',
      description: "Check a case-management system's export, naming its columns in columns.json.",
    },
    {
      command: 'validate referrals.jsonl --kind referral --format json > issues.json',
      description: 'Check NRM referrals, one JSON object a line, and save the results for a program.',
    },
  ],
  exitCodes: {
    0: 'every row is valid (warnings allowed)',
    1: 'at least one row is invalid',
    2: 'a mistake in the command line, or a file that cannot be read',
  },
};
