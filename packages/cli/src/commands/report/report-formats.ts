/** The formats `antislavery report` writes. Internal. */
export const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;

/** One of the {@link REPORT_FORMATS}. Internal. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.csv': 'csv',
  '.json': 'json',
};

/** The format a file name asks for, by its extension, if it asks for one. Internal. */
export function reportFormatOf(file: string): ReportFormat | undefined {
  const dot = file.lastIndexOf('.');
  return dot === -1 ? undefined : BY_EXTENSION[file.slice(dot).toLowerCase()];
}
