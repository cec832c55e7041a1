import type { CliIo } from '../io.js';

/** A progress bar on standard error. Internal. */
export type ProgressBar = {
  /** Reports how far the work has gone: a fraction from 0 to 1, and the rows done. */
  update(fraction: number, rows: number): void;
  /** Clears the bar, if one was drawn, so the summary starts on a clean line. */
  done(): void;
};

/** How long work must run before a bar appears, so short work shows none; and how often it redraws. */
const DELAY_MS = 250;
const INTERVAL_MS = 100;
const CLEAR_LINE = '\r\u001b[2K';

const NO_BAR: ProgressBar = { update: () => {}, done: () => {} };

/**
 * A progress bar for long work, drawn on standard error only when it is a terminal: never in a
 * pipe, a file or a CI log, where it would be noise. It appears once the work has run for a
 * quarter of a second, redraws at most ten times a second, and is cleared when the work is done.
 * Internal.
 *
 * @param io - where to draw, whether it is a terminal, its width and the clock
 * @param label - what is being done, such as `Checking records.csv`
 */
export function progressBar(io: CliIo, label: string): ProgressBar {
  if (!io.isTTY) return NO_BAR;
  const now = io.now ?? (() => performance.now());
  const started = now();
  let drawnAt: number | undefined;
  return {
    update(fraction, rows) {
      const time = now();
      if (time - started < DELAY_MS) return;
      if (drawnAt !== undefined && time - drawnAt < INTERVAL_MS && fraction < 1) return;
      drawnAt = time;
      const share = Math.min(1, Math.max(0, fraction));
      const percent = `${Math.floor(share * 100)}%`.padStart(4);
      const count = `${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'}`;
      const columns = io.columns ?? 80;
      const width = Math.max(10, Math.min(40, columns - label.length - count.length - 12));
      const filled = Math.round(share * width);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent} ${count}`;
      io.stderr.write(`${CLEAR_LINE}${line.slice(0, Math.max(0, columns - 1))}`);
    },
    done() {
      if (drawnAt !== undefined) io.stderr.write(CLEAR_LINE);
    },
  };
}
