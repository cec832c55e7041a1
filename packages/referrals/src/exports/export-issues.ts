import { defineIssue } from '../define-issue.js';

/** The issues of reading an export, beside each row's own case record issues. */
export const EXPORT_ISSUES = {
  emptyFile: defineIssue({
    code: 'export.file.empty',
    severity: 'error',
    message: 'The file is empty: it needs a header row and one row for each case',
    description: 'The export has no header row. Reported once, as row 0.',
  }),
  noKnownColumns: defineIssue({
    code: 'export.header.no-known-columns',
    severity: 'error',
    message: 'None of the columns is a case record field: check the column mapping',
    description:
      'No column of the header row maps to a case record field, so every row would be empty. Check the column names, the delimiter and the mapping. Reported once, as row 0, and no rows are read.',
  }),
  wrongCellCount: defineIssue({
    code: 'export.row.wrong-cell-count',
    severity: 'warning',
    message: 'Check this row: it has a different number of cells from the header row',
    description:
      'A ragged row: it has more or fewer cells than the header. Missing cells are read as empty and extra cells are ignored, so the row is still validated.',
  }),
  unclosedQuote: defineIssue({
    code: 'export.row.unclosed-quote',
    severity: 'error',
    message: 'Close the quotes in this row: a quoted cell is never closed',
    description: 'The last row of the file opens a quoted cell that the file never closes.',
  }),
  rowTooLong: defineIssue({
    code: 'export.row.too-long',
    severity: 'error',
    message: 'Check the file: this row is longer than 1,000,000 characters',
    description:
      'A row, or a line of JSON lines, is longer than 1,000,000 characters, which no case record needs: usually a quote left open, or the wrong line endings. In CSV, where the row ends cannot be known, so reading stops at it (row 0 if it is the header row); in JSON lines the line is skipped.',
  }),
  invalidJson: defineIssue({
    code: 'export.row.invalid-json',
    severity: 'error',
    message: 'This line is not valid JSON: each line must be one JSON object',
    description: 'A line of a JSON lines export could not be parsed as JSON.',
  }),
} as const;
