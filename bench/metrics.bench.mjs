// Benchmarks @antislavery/metrics against its built output, as a consumer loads it:
// - the full quarterly report (every metric, disclosure control, the partnership's measures) over
//   1,000,000 synthetic case records, against a hand-written single loop computing the same figures
//   (checked equal before anything is timed); best of three runs each, on one core;
// - the same report streamed from a CSV file (read and validated row by row with
//   @antislavery/referrals/read-exports), for 100,000 and 1,000,000 rows, each in a fresh process,
//   with time and peak RSS: memory must not grow with the number of rows;
// - rendering the report as HTML, Markdown, CSV and JSON.
// Run with `npm run bench -- metrics` (which builds first). Set METRICS_BENCH_RECORDS to change the
// number of records of the in-memory run, and METRICS_BENCH_STREAM_ROWS (comma-separated) the sizes
// of the CSV runs. Reading CSV validates every row with @antislavery/referrals, which takes most of
// the streaming time.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RECORDS = Number(process.env.METRICS_BENCH_RECORDS ?? 1_000_000);
const STREAM_ROWS = (process.env.METRICS_BENCH_STREAM_ROWS ?? '100000,1000000').split(',').map(Number);
const PERIOD = '2025-Q2';
const SPAN = { from: '2016-01-01', to: '2025-12-31' };
const SEED = 20_250_630;
const TARGETS = { seconds: 3, overHandWritten: 5 };

// Illustrative populations for the synthetic areas (round figures, not official estimates).
const POPULATIONS = {
  'Birmingham City Council': 1_150_000,
  'Manchester City Council': 570_000,
  'London Borough of Newham': 350_000,
  'Leeds City Council': 810_000,
  'Kent County Council': 1_600_000,
  'Cheshire East Council': 400_000,
  'Cheshire West and Chester Council': 360_000,
  'Derbyshire County Council': 800_000,
  'Derby City Council': 260_000,
  'City of Wolverhampton Council': 265_000,
  'City of Cardiff Council': 370_000,
  'The Glasgow City Council': 630_000,
  'The City of Edinburgh Council': 520_000,
  'Belfast City Council': 350_000,
};

const part = process.env.METRICS_BENCH_PART;
if (part === 'stream')
  await streamPart(process.env.METRICS_BENCH_FILE, Number(process.env.METRICS_BENCH_ROWS));
else await mainPart();

async function reportOptions() {
  const { cheshirePledge } = await import('@antislavery/model/examples');
  return {
    period: PERIOD,
    partnership: cheshirePledge,
    populations: POPULATIONS,
    topNationalities: 10,
    enteredFigures: [{ metricId: 'awareness.local-reporting-and-surveys', period: PERIOD, value: 61 }],
  };
}

function best(label, runs, fn) {
  let fastest = Number.POSITIVE_INFINITY;
  let result;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    const started = performance.now();
    result = fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  console.log(`${label}: ${(fastest / 1000).toFixed(3)} s (best of ${runs})`);
  return { ms: fastest, result };
}

async function mainPart() {
  const metrics = await import('@antislavery/metrics');
  const synthetic = await import('@antislavery/metrics/synthetic');
  const model = await import('@antislavery/model');
  const lists = await import('@antislavery/model/lists');

  let started = performance.now();
  const records = synthetic.generateCaseRecords({ seed: SEED, count: RECORDS, ...SPAN });
  console.log(
    `Generated ${RECORDS.toLocaleString('en-GB')} synthetic case records (${SPAN.from} to ${SPAN.to}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const options = await reportOptions();
  const hand = handWritten(model, lists);
  // Both ways must give the same figures before either is timed.
  const report = metrics.buildReport(records, { ...options, suppression: { threshold: 1 } });
  const figures = hand(records);
  checkSame(report, figures);
  console.log('Checked: the report and the hand-written loop give the same figures.');

  const ours = best('buildReport, full quarterly report', 3, () => metrics.buildReport(records, options));
  const baseline = best('hand-written single loop, same figures', 3, () => hand(records));
  const rate = (ms) => Math.round(RECORDS / (ms / 1000)).toLocaleString('en-GB');
  console.table([
    { task: 'buildReport', seconds: (ours.ms / 1000).toFixed(3), 'records/s': rate(ours.ms) },
    { task: 'hand-written loop', seconds: (baseline.ms / 1000).toFixed(3), 'records/s': rate(baseline.ms) },
  ]);
  const ratio = ours.ms / baseline.ms;
  console.log(
    `buildReport / hand-written = ${ratio.toFixed(2)}x (target at most ${TARGETS.overHandWritten}x); ` +
      `buildReport ${(ours.ms / 1000).toFixed(2)} s for ${RECORDS.toLocaleString('en-GB')} records (target under ${TARGETS.seconds} s)`,
  );
  if (ratio > TARGETS.overHandWritten || ours.ms > TARGETS.seconds * 1000) process.exitCode = 1;

  for (const [name, render] of [
    ['renderHtml', metrics.renderHtml],
    ['renderMarkdown', metrics.renderMarkdown],
    ['renderCsv', metrics.renderCsv],
    ['renderJson', metrics.renderJson],
  ]) {
    started = performance.now();
    const text = render(ours.result);
    console.log(
      `${name}: ${(performance.now() - started).toFixed(1)} ms, ${(text.length / 1024).toFixed(0)} KiB`,
    );
  }

  // A council's own caseload is small, so many of its cells are small counts: the disclosure
  // checks (which secondary cells to suppress) do most of the work. Baseline in the same run: the
  // same report with a threshold of 1, where no count is small and nothing needs protecting.
  const councilRows = [];
  for (const count of [5_000, 20_000]) {
    const caseload = synthetic.generateCaseRecords({ seed: 3, count, from: '2023-01-01', to: '2025-06-30' });
    const withChecks = best(`buildReport, ${count.toLocaleString('en-GB')} records, suppression`, 3, () =>
      metrics.buildReport(caseload, options),
    );
    const without = best(`buildReport, ${count.toLocaleString('en-GB')} records, threshold 1`, 3, () =>
      metrics.buildReport(caseload, { ...options, suppression: { threshold: 1 } }),
    );
    councilRows.push({
      records: count,
      'with suppression (s)': (withChecks.ms / 1000).toFixed(3),
      'threshold 1 (s)': (without.ms / 1000).toFixed(3),
      ratio: `${(withChecks.ms / without.ms).toFixed(1)}x`,
    });
  }
  console.table(councilRows);

  // Streaming from CSV: each size in a fresh process, so its memory figures are its own.
  const work = mkdtempSync(join(tmpdir(), 'metrics-bench-'));
  try {
    for (const rows of STREAM_ROWS) {
      const file = join(work, `case-records-${rows}.csv`);
      await writeCsv(synthetic, file, rows);
      const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
        stdio: 'inherit',
        env: {
          ...process.env,
          METRICS_BENCH_PART: 'stream',
          METRICS_BENCH_FILE: file,
          METRICS_BENCH_ROWS: String(rows),
        },
      });
      if (child.status !== 0) process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function writeCsv(synthetic, file, rows) {
  await new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    let buffer = '';
    for (const line of synthetic.caseRecordsToCsv(
      synthetic.syntheticCaseRecords({ seed: SEED, count: rows, ...SPAN }),
    )) {
      buffer += line;
      if (buffer.length > 1 << 16) {
        out.write(buffer);
        buffer = '';
      }
    }
    out.end(buffer, resolve);
  });
}

async function streamPart(file, rows) {
  const metrics = await import('@antislavery/metrics');
  const { readCaseRecords } = await import('@antislavery/referrals/read-exports');
  const options = await reportOptions();
  global.gc?.();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  let read = 0;
  let rejected = 0;
  // The heap left after a full collection, a tenth of the way in and at the end: what the run
  // holds on to. Peak RSS also counts garbage not yet collected, so it varies with GC timing.
  const retained = [];
  const tenth = Math.max(1, Math.floor(rows / 10));
  async function* valid() {
    for await (const row of readCaseRecords(createReadStream(file), { asOf: SPAN.to })) {
      if (++read % 4096 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (read === tenth || read === rows) {
        global.gc?.();
        retained.push(process.memoryUsage().heapUsed);
      }
      if (row.ok) yield row.value;
      else rejected++;
    }
  }
  const started = performance.now();
  const report = await metrics.buildReport(valid(), options);
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  const mib = (bytes) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    `Streaming from CSV: ${rows.toLocaleString('en-GB')} rows (${mib(statSync(file).size)} MiB) read, validated and reported in ` +
      `${seconds.toFixed(2)} s (${Math.round(rows / seconds).toLocaleString('en-GB')} rows/s; ${report.records.read.toLocaleString('en-GB')} records, ${rejected} rows rejected); ` +
      `peak RSS ${mib(peak)} MiB (${mib(startRss)} MiB before reading); heap after a full GC ${retained.map(mib).join(' MiB at a tenth, ')} MiB at the end`,
  );
  if (report.records.read !== rows || rejected !== 0) process.exitCode = 1;
}

/** Compares the figures both ways compute. */
function checkSame(report, figures) {
  const value = (cell) => {
    if (cell.suppressed) throw new Error('a cell is suppressed with suppression off');
    return cell.value;
  };
  const expect = (what, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(
        `${what} differs: report ${JSON.stringify(actual)}, hand-written ${JSON.stringify(expected)}`,
      );
    }
  };
  const [nrm, dtn] = report.headline.counts;
  expect('NRM count', value(nrm.current), figures.nrm);
  expect('DtN count', value(dtn.current), figures.dtn);
  expect('NRM previous', value(nrm.previous), figures.nrmPrevious);
  expect('NRM year before', value(nrm.yearBefore), figures.nrmYearBefore);
  expect(
    'age by kind',
    report.breakdowns.byAgeGroup.cells.map((row) => row.map(value)),
    figures.ageByKind,
  );
  const nrmTable = (id) => report.breakdowns.nrm.find((table) => table.id === id);
  expect(
    'NRM by exploitation type (row totals)',
    nrmTable('referrals.nrm.by-exploitation-type')
      .rowTotals.map(value)
      .reduce((a, b) => a + b, 0),
    figures.nrm,
  );
  expect(
    'NRM by gender',
    nrmTable('referrals.nrm.by-gender').cells.map((row) => row.map(value)),
    figures.genderByAge,
  );
  expect(
    'RG decisions',
    report.decisions.reasonableGrounds.table.cells.map((row) => row.map(value)),
    figures.rgByOutcome,
  );
  const rg = report.timeliness.reasonableGrounds;
  expect('RG median and 90th percentile', [rg.median, rg.percentile90], [figures.rgMedian, figures.rgP90]);
  expect('RG within target', value(rg.withinTarget), figures.rgWithinTarget);
  expect(
    'CG median',
    [report.timeliness.conclusiveGrounds.median, report.timeliness.conclusiveGrounds.percentile90],
    [figures.cgMedian, figures.cgP90],
  );
  expect(
    'outcomes at 45 days',
    report.outcomes.table.cells.map((row) => value(row[0])),
    figures.outcomes45,
  );
  const sorted = (entries) => entries.sort(([a], [b]) => a.localeCompare(b));
  expect(
    'prevalence by area',
    sorted(report.prevalence.areas.map((area) => [area.area, value(area.count)])),
    sorted(Object.entries(figures.areas)),
  );
}

/**
 * The baseline: one loop written by hand for the same figures (counts for the trend, the period
 * before and the year before; every breakdown; decisions; working days to the reasonable grounds
 * decision in each record's division; days to the conclusive grounds decision; support status at
 * each checkpoint; counts by area), with dates read from their characters and no `Date`.
 */
function handWritten(model, lists) {
  const day = (text) => {
    if (typeof text !== 'string') return Number.NaN;
    const c = (i) => text.charCodeAt(i) - 48;
    return model.dayNumberOf(c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), c(5) * 10 + c(6), c(8) * 10 + c(9));
  };
  const quarterStart = (y, q) => model.dayNumberOf(y, q * 3 + 1, 1);
  // 2025-Q2 and the seven quarters before it; the same quarter a year before.
  const starts = [];
  for (let i = 7; i >= 0; i--) {
    const index = 2025 * 4 + 1 - i;
    starts.push(quarterStart(Math.floor(index / 4), index % 4));
  }
  const end = model.dayNumberOf(2025, 6, 30);
  const [start, previousStart] = [starts[7], starts[6]];
  const yearBefore = [model.dayNumberOf(2024, 4, 1), model.dayNumberOf(2024, 6, 30)];
  const holidays = model.DIVISIONS.map((division) =>
    Int32Array.from(
      model
        .bankHolidays(division)
        .map((event) => day(event.date))
        .filter((d) => {
          const w = model.dayOfWeek(d);
          return w !== 0 && w !== 6;
        }),
    ),
  );
  const weekdaysUpTo = (d) => {
    const fromMonday = d + 3;
    const weeks = Math.floor(fromMonday / 7);
    return weeks * 5 + Math.min(fromMonday - weeks * 7 + 1, 5);
  };
  const atOrBelow = (sorted, value) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid] <= value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const workingDays = (from, to, division) =>
    weekdaysUpTo(to) -
    weekdaysUpTo(from) -
    (atOrBelow(holidays[division], to) - atOrBelow(holidays[division], from));
  const divisionOf = { england: 0, wales: 0, scotland: 1, 'northern-ireland': 2 };
  const ageOf = { adult: 0, child: 1 };
  const genderOf = { female: 0, male: 1, unknown: 2 };
  const locationOf = { uk: 0, overseas: 1, 'uk-and-overseas': 2 };
  const nationalityOf = new Map(lists.NATIONALITIES.map((name, i) => [name, i]));
  const typeBit = {
    'forced-to-work': 1,
    'wages-taken': 1,
    'forced-to-commit-fraud': 1,
    prostitution: 2,
    'child-exploitation': 2,
    'taken-somewhere': 2,
    'forced-to-commit-crime': 4,
    'unpaid-household-work': 8,
    'organs-removed': 16,
    other: 0,
  };
  const categoryOf = {
    'home-office': 0,
    'national-crime-agency': 0,
    glaa: 0,
    'hsc-trust': 0,
    'designated-charity': 1,
    police: 2,
    'local-authority': 3,
  };
  const statusOf = {
    'in-support': 0,
    exited: 1,
    'lost-contact': 2,
    'returned-home': 3,
    'withdrew-consent': 4,
  };
  const checkpoints = [
    [45, 'supportAt45Days'],
    [90, 'supportAt90Days'],
    [180, 'supportAt180Days'],
    [365, 'supportAt365Days'],
  ];
  const percentile = (bins, total, p) => {
    if (total === 0) return undefined;
    const rank = Math.max(1, Math.ceil((p / 100) * total));
    let seen = 0;
    for (let v = 0; v < bins.length; v++) {
      seen += bins[v];
      if (seen >= rank) return v;
    }
    return undefined;
  };

  return (records) => {
    const trend = [new Float64Array(8), new Float64Array(8)];
    const yb = [0, 0];
    const ageByKind = new Float64Array(6);
    const tables = [0, 1].map(() => ({
      gender: new Float64Array(12),
      nationality: new Float64Array(lists.NATIONALITIES.length * 3),
      combination: new Float64Array(32 * 3),
      mention: new Float64Array(6 * 3),
      location: new Float64Array(12),
      category: new Float64Array(15),
    }));
    const authority = new Float64Array(9);
    const rgByOutcome = new Float64Array(6);
    const cgByOutcome = new Float64Array(6);
    const rgBins = new Float64Array(4096);
    const cgBins = new Float64Array(8192);
    const outcomes = new Float64Array(6 * 4);
    const areas = new Map();
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      const kind = record.kind === 'nrm-referral' ? 0 : record.kind === 'notification' ? 1 : -1;
      if (kind < 0) continue;
      const referral = day(record.referralDate);
      const age = ageOf[record.ageGroupAtExploitation] ?? 2;
      if (referral >= yearBefore[0] && referral <= yearBefore[1]) yb[kind]++;
      if (referral >= starts[0] && referral <= end) {
        let slot = 7;
        while (referral < starts[slot]) slot--;
        trend[kind][slot]++;
      }
      if (referral >= start && referral <= end) {
        ageByKind[age * 2 + kind]++;
        const t = tables[kind];
        t.gender[(genderOf[record.gender] ?? 3) * 3 + age]++;
        t.nationality[(nationalityOf.get(record.nationality) ?? 0) * 3 + age]++;
        let mask = 0;
        for (const type of record.exploitationTypes) mask |= typeBit[type];
        t.combination[mask * 3 + age]++;
        if (mask === 0) t.mention[5 * 3 + age]++;
        else for (let bit = 0; bit < 5; bit++) if (mask & (1 << bit)) t.mention[bit * 3 + age]++;
        t.location[(locationOf[record.exploitationLocation] ?? 3) * 3 + age]++;
        t.category[(categoryOf[record.firstResponderType] ?? 4) * 3 + age]++;
        if (kind === 0)
          authority[
            (record.competentAuthority === 'sca' ? 0 : record.competentAuthority === 'ieca' ? 1 : 2) * 3 + age
          ]++;
        const area = record.localAuthorityArea ?? 'Not recorded';
        areas.set(area, (areas.get(area) ?? 0) + 1);
      }
      if (kind !== 0) continue;
      if (record.rgDecisionDate !== undefined) {
        const rg = day(record.rgDecisionDate);
        if (rg >= start && rg <= end) {
          rgByOutcome[(record.rgOutcome === 'positive' ? 0 : 1) * 3 + age]++;
          if (referral <= rg) rgBins[workingDays(referral, rg, divisionOf[record.jurisdiction])]++;
        }
        if (record.cgDecisionDate !== undefined) {
          const cg = day(record.cgDecisionDate);
          if (cg >= start && cg <= end) {
            cgByOutcome[(record.cgOutcome === 'positive' ? 0 : 1) * 3 + age]++;
            if (rg <= cg) cgBins[cg - rg]++;
          }
        }
      }
      for (let c = 0; c < 4; c++) {
        const due = referral + checkpoints[c][0];
        if (due < start || due > end) continue;
        const status = record[checkpoints[c][1]];
        outcomes[(status === undefined ? 5 : statusOf[status]) * 4 + c]++;
      }
    }
    const rows = (array, width) =>
      Array.from({ length: array.length / width }, (_, i) =>
        Array.from(array.subarray(i * width, (i + 1) * width)),
      );
    const sum = (array) => array.reduce((a, b) => a + b, 0);
    const rgTotal = sum(rgBins);
    const cgTotal = sum(cgBins);
    const nrmAreas = Object.fromEntries(
      [...areas].filter(([name]) => name !== 'Not recorded').map(([name, count]) => [name, count]),
    );
    for (const name of Object.keys(POPULATIONS)) nrmAreas[name] ??= 0;
    return {
      nrm: trend[0][7],
      dtn: trend[1][7],
      nrmPrevious: trend[0][6],
      nrmYearBefore: yb[0],
      ageByKind: rows(ageByKind, 2),
      genderByAge: rows(tables[0].gender, 3),
      rgByOutcome: rows(rgByOutcome, 3),
      rgMedian: percentile(rgBins, rgTotal, 50),
      rgP90: percentile(rgBins, rgTotal, 90),
      rgWithinTarget: sum(rgBins.subarray(0, 6)),
      cgMedian: percentile(cgBins, cgTotal, 50),
      cgP90: percentile(cgBins, cgTotal, 90),
      outcomes45: Array.from({ length: 6 }, (_, s) => outcomes[s * 4]),
      areas: nrmAreas,
      previousStart,
      cgByOutcome,
      authority,
    };
  };
}
