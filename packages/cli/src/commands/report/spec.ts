import { DEFAULT_SUPPRESSION_THRESHOLD } from '@antislavery/metrics';
import type { CommandSpec } from '../../command.js';
import { REPORT_FORMATS } from './report-formats.js';

/** The `report` command's options, help and examples. Internal. */
export const reportSpec: CommandSpec = {
  name: 'report',
  usage: '<records.csv|records.jsonl|records.json> --period <period> [options]',
  description: [
    'Builds the report a partnership takes to its board from a file of case records: NRM referrals',
    'and Duty to Notify reports with the change on the period before and the year before, the',
    'breakdowns the national statistics publish, decisions and their timeliness in working days,',
    'outcomes at 45 days and later, counts by area and, with --partnership, the status of its',
    'measures. Small counts are suppressed, with secondary suppression so that they cannot be worked',
    'out from totals. Rows that are not valid case records are left out, and counted on stderr.',
    '',
    'A period is a month (2025-03), a quarter (2025-Q1), a year (2025), a financial year (FY2024-25)',
    'or two dates (2025-01-01/2025-03-31).',
  ],
  positionals: {
    min: 1,
    max: 1,
    name: 'the file of case records, such as antislavery report records.csv --period 2025-Q1',
  },
  options: {
    period: {
      type: 'string',
      value: 'period',
      description: 'The period the report covers, such as 2025-Q1 (required)',
    },
    format: {
      type: 'string',
      choices: REPORT_FORMATS,
      description: 'html (one page with charts), md, csv or json (default: from --out, else md)',
    },
    out: {
      type: 'string',
      short: 'o',
      value: 'file',
      description: 'Write the report to this file (default: stdout)',
    },
    partnership: {
      type: 'string',
      value: 'partnership.json',
      description: 'A partnership, pledge or strategy whose measures the report evaluates',
    },
    suppress: {
      type: 'string',
      value: 'n',
      description: `Suppress counts below n, from 1 up (default: ${DEFAULT_SUPPRESSION_THRESHOLD})`,
    },
    title: {
      type: 'string',
      value: 'text',
      description: 'The title (default: made from the area and period)',
    },
    area: {
      type: 'string',
      value: 'text',
      description: "The area the report covers (default: the partnership's)",
    },
    map: {
      type: 'string',
      value: 'columns.json',
      description: 'A column mapping, as for antislavery validate',
    },
    delimiter: { type: 'string', value: 'char', description: 'The CSV delimiter (default: a comma)' },
    'list-separator': {
      type: 'string',
      value: 'char',
      description: 'What separates list values in a CSV cell (default: ;)',
    },
    'as-of': {
      type: 'string',
      value: 'date',
      description: 'The date the data is as of, YYYY-MM-DD (default: today in the UK)',
    },
  },
  examples: [
    {
      command: 'report records.csv --period 2025-Q1 --out board-report.html',
      description: 'The quarterly report as one HTML page with charts.',
    },
    {
      command: 'report records.csv --period FY2024-25 --partnership partnership.json --format md',
      description: "The financial year's report, with the partnership's measures, as Markdown on stdout.",
    },
    {
      command: 'report records.jsonl --period 2025-03 --suppress 10 --format json --out march.json',
      description: 'One month as JSON, suppressing counts under 10.',
    },
  ],
  exitCodes: {
    0: 'the report was written (rows that are not valid are left out, with a warning)',
    2: 'a mistake in the command line, or a file that cannot be read or written',
  },
};
