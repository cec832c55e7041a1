import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quarterlyReport } from './quarterly-report.js';
import { syntheticBatch } from './synthetic-batch.js';
import { writeReportFiles } from './write-report-files.js';

const quarterly = quarterlyReport(syntheticBatch(), { quarter: '2025-Q1' });

describe('writeReportFiles', () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((directory) => rm(directory, { recursive: true, force: true })));
  });

  it('writes the HTML, Markdown and CSV, making the directory, and says where', async () => {
    const root = await mkdtemp(join(tmpdir(), 'quarterly-report-test-'));
    made.push(root);
    const directory = join(root, 'board', '2025');
    const written = await writeReportFiles(quarterly, directory);
    expect(written).toEqual({
      html: join(directory, 'quarterly-report-2025-Q1.html'),
      markdown: join(directory, 'quarterly-report-2025-Q1.md'),
      csv: join(directory, 'quarterly-report-2025-Q1.csv'),
    });
    expect(await readFile(written.html, 'utf8')).toBe(quarterly.html);
    expect(await readFile(written.markdown, 'utf8')).toBe(quarterly.markdown);
    expect(await readFile(written.csv, 'utf8')).toBe(quarterly.csv);
  });
});
