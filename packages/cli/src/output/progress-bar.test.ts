import { describe, expect, it } from 'vitest';
import { collectingIo } from '../test-support/harness.js';
import { progressBar } from './progress-bar.js';

/** A clock the test sets. */
function manualClock() {
  let time = 0;
  return { now: () => time, at: (ms: number) => (time = ms) };
}

describe('progressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const clock = manualClock();
    const collector = collectingIo('.', { isTTY: false, now: clock.now });
    const bar = progressBar(collector.io, 'Checking a.csv');
    clock.at(5000);
    bar.update(0.5, 10);
    bar.done();
    expect(collector.stderr()).toBe('');
  });

  it('draws nothing for work that ends within a quarter of a second', () => {
    const clock = manualClock();
    const collector = collectingIo('.', { isTTY: true, now: clock.now });
    const bar = progressBar(collector.io, 'Checking a.csv');
    clock.at(249);
    bar.update(1, 10);
    bar.done();
    expect(collector.stderr()).toBe('');
  });

  it('draws the share done and the rows on one line, redrawing at most every 100 ms, and clears it at the end', () => {
    const clock = manualClock();
    const collector = collectingIo('.', { isTTY: true, now: clock.now, columns: 80 });
    const bar = progressBar(collector.io, 'Checking a.csv');
    clock.at(300);
    bar.update(0.25, 1200);
    clock.at(350);
    bar.update(0.3, 1400); // too soon: not drawn
    clock.at(400);
    bar.update(1, 4321); // the end is always drawn
    bar.done();
    // 80 columns - 14 (label) - 10 (rows) - 12 = 44, at most 40 wide.
    const clear = '\r\u001b[2K';
    expect(collector.stderr()).toBe(
      `${clear}Checking a.csv [##########------------------------------]  25% 1,200 rows` +
        `${clear}Checking a.csv [########################################] 100% 4,321 rows` +
        clear,
    );
  });

  it('fits a narrow terminal, cutting the line short rather than wrapping it', () => {
    const clock = manualClock();
    const collector = collectingIo('.', { isTTY: true, now: clock.now, columns: 30 });
    const bar = progressBar(collector.io, 'Checking a-long-file-name.csv');
    clock.at(1000);
    bar.update(0.5, 1);
    const line = collector.stderr().replace('\r\u001b[2K', '');
    expect(line).toBe('Checking a-long-file-name.csv');
  });
});
