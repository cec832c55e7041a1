// Benchmarks @antislavery/referrals against its built output, as a consumer loads it:
// - validateReferral (every field, the form's branching, the date and pathway rules) against plain
//   zod safeParse of the same schema (with zod's JIT and without it) and against a hand-written
//   validator of the same record shape, on realistic valid and invalid referrals;
// - reading and validating 1,000,000 CSV case records from a file, with time and peak RSS;
// - the minified and gzipped size of validateReferral with zod external.
// Run with `npm run bench -- referrals` (which builds first). Set REFERRALS_BENCH_ROWS to change the
// number of CSV rows.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { z } from 'zod';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'referrals-bench-'));
const ASOF = '2026-06-30';
const ROWS = Number(process.env.REFERRALS_BENCH_ROWS ?? 1_000_000);

try {
  if (process.env.REFERRALS_BENCH_PART === 'csv') await csvPart();
  else await mainPart();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The seeded fixture generator of the package's tests, bundled whole so it runs here. */
async function loadGenerator() {
  const generatorFile = join(work, 'generate.mjs');
  await build({
    entryPoints: [join(root, 'packages/referrals/src/fixtures/generate.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: generatorFile,
    logLevel: 'error',
  });
  return import(pathToFileURL(generatorFile).href);
}

async function csvPart() {
  const { readCaseRecords } = await import('@antislavery/referrals/read-exports');
  await csvRun(readCaseRecords, process.env.REFERRALS_BENCH_FILE);
}

async function mainPart() {
  const referrals = await import('@antislavery/referrals');
  const lists = await import('@antislavery/model/lists');
  const model = await import('@antislavery/model');
  const generator = await loadGenerator();

  const random = generator.seeded(20_260_630);
  const valid = Array.from({ length: 1000 }, () => generator.generateReferral(random));
  const invalid = valid.map((record) => generator.invalidate(record, random));
  for (const record of valid) {
    if (!referrals.validateReferral(record, { asOf: ASOF }).ok)
      throw new Error('a generated referral is invalid');
  }

  const handWritten = handWrittenValidator(lists, model);
  for (const record of valid)
    if (handWritten(record).length > 0) throw new Error('hand-written rejects a valid record');
  for (const record of invalid)
    if (handWritten(record).length === 0) throw new Error('hand-written accepts an invalid record');

  const schema = referrals.nrmReferralSchema;
  let i = 0;
  const next = (records) => records[i++ % records.length];
  // Three rounds, keeping each task's best: other work on the machine can only slow a round down.
  const best = new Map();
  for (let round = 0; round < 3; round++) {
    const bench = new Bench({ time: 1000, warmupTime: 200 });
    for (const [label, records] of [
      ['valid', valid],
      ['invalid', invalid],
    ]) {
      bench
        .add(`validateReferral (${label})`, () => referrals.validateReferral(next(records), { asOf: ASOF }))
        .add(`zod safeParse, JIT (${label})`, () => schema.safeParse(next(records)))
        .add(`zod safeParse, jitless (${label})`, () => schema.safeParse(next(records)), {
          beforeAll: () => z.config({ jitless: true }),
          afterAll: () => z.config({ jitless: false }),
        })
        .add(`hand-written (${label})`, () => handWritten(next(records)));
    }
    await bench.run();
    for (const task of bench.tasks) {
      const mean = task.result?.throughput?.mean ?? 0;
      best.set(task.name, Math.max(best.get(task.name) ?? 0, mean));
    }
  }

  const rate = (name) => best.get(name) ?? Number.NaN;
  console.log('\nRecords per second (best of three rounds of mean throughput)');
  console.table(
    [...best.keys()].map((name) => ({
      task: name,
      'records/s': Math.round(rate(name)).toLocaleString('en-GB'),
    })),
  );
  for (const label of ['valid', 'invalid']) {
    const ours = rate(`validateReferral (${label})`);
    console.log(
      `${label}: validateReferral / zod safeParse (JIT) = ${(ours / rate(`zod safeParse, JIT (${label})`)).toFixed(2)}x; ` +
        `/ zod jitless = ${(ours / rate(`zod safeParse, jitless (${label})`)).toFixed(2)}x; ` +
        `hand-written / validateReferral = ${(rate(`hand-written (${label})`) / ours).toFixed(2)}x` +
        (label === 'valid' ? ' (targets: at least 1x zod, at most 3x hand-written)' : ''),
    );
  }

  // The CSV is read in a fresh process, so its memory figures are the reader's own.
  const file = join(work, 'case-records.csv');
  await writeCsv(generator, file);
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, REFERRALS_BENCH_PART: 'csv', REFERRALS_BENCH_FILE: file },
  });
  if (child.status !== 0) process.exitCode = 1;
  await bundleSize();
}

/** Writes the CSV export to read: one row in a hundred is invalid. */
async function writeCsv(generator, file) {
  const random = generator.seeded(45);
  await new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    out.write(`${generator.CASE_RECORD_CSV_HEADER}\n`);
    let buffer = '';
    for (let index = 1; index <= ROWS; index++) {
      buffer += generator.caseRecordCsvLine(random, ASOF, index, 100);
      if (buffer.length > 1 << 16) {
        out.write(buffer);
        buffer = '';
      }
    }
    out.end(buffer, resolve);
  });
}

async function csvRun(readCaseRecords, file) {
  global.gc?.();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  for await (const row of readCaseRecords(createReadStream(file), { asOf: ASOF })) {
    if (row.ok) ok++;
    else failed++;
    if ((ok + failed) % 4096 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const mib = (bytes) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    `\nCSV: ${ROWS.toLocaleString('en-GB')} case records (${mib(statSync(file).size)} MiB) read and validated in ` +
      `${seconds.toFixed(2)} s (${Math.round(ROWS / seconds).toLocaleString('en-GB')} rows/s; ` +
      `${ok.toLocaleString('en-GB')} valid, ${failed.toLocaleString('en-GB')} invalid); ` +
      `peak RSS ${mib(peak)} MiB (${mib(startRss)} MiB before reading); target under 15 s`,
  );
}

async function bundleSize() {
  const result = await build({
    stdin: { contents: "export { validateReferral } from '@antislavery/referrals';", resolveDir: root },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    platform: 'browser',
    external: ['zod'],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  console.log(
    `\nBundle: validateReferral, minified ${(code.length / 1024).toFixed(1)} KiB, ` +
      `minified and gzipped ${(gzipSync(code).length / 1024).toFixed(1)} KiB (zod external; ` +
      'includes the form option lists from @antislavery/model/lists)',
  );
}

/**
 * The baseline: a validator written by hand for the same record shape and the same rules (types,
 * options, limits, formats, the form's branching, the date and consent rules), returning messages.
 */
function handWrittenValidator(lists, model) {
  const sets = {
    organisation: new Set(lists.FIRST_RESPONDER_ORGANISATIONS),
    localAuthority: new Set(lists.LOCAL_AUTHORITIES),
    nationality: new Set(lists.NATIONALITIES),
    police: new Set(lists.POLICE_FORCES),
    region: new Set(lists.UK_REGIONS),
    overseas: new Set(lists.OVERSEAS_COUNTRIES),
    type: new Set(model.EXPLOITATION_TYPES),
  };
  const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
  const MAX = 15000;
  return function validate(r) {
    const e = [];
    const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    const text = (v, path, optional = false, max = MAX) => {
      if (v === undefined) {
        if (!optional) e.push(`${path} required`);
      } else if (typeof v !== 'string' || !/\S/.test(v) || v.length > max) e.push(`${path} invalid`);
    };
    const one = (v, allowed, path, optional = false) => {
      if (v === undefined) {
        if (!optional) e.push(`${path} required`);
      } else if (!(Array.isArray(allowed) ? allowed.includes(v) : allowed.has(v))) e.push(`${path} invalid`);
    };
    const bool = (v, path, optional = false) => {
      if (v === undefined) {
        if (!optional) e.push(`${path} required`);
      } else if (typeof v !== 'boolean') e.push(`${path} invalid`);
    };
    const email = (v, path, optional = false) => {
      text(v, path, optional);
      if (typeof v === 'string' && !EMAIL.test(v)) e.push(`${path} format`);
    };
    const date = (v, path) => {
      if (v !== undefined && !model.isIsoDate(v)) e.push(`${path} date`);
    };
    const needs = (cond, v, path) => {
      if (cond && v === undefined) e.push(`${path} required`);
      if (!cond && v !== undefined) e.push(`${path} not allowed`);
    };
    if (!obj(r)) return ['not an object'];
    const yn3 = ['yes', 'no', 'not-sure'];
    const fr = r.firstResponder;
    if (!obj(fr)) e.push('firstResponder');
    else {
      one(fr.organisation, sets.organisation, 'organisation');
      email(fr.email, 'email');
      text(fr.reference, 'reference');
    }
    one(r.jurisdiction, ['england', 'wales', 'scotland', 'northern-ireland'], 'jurisdiction');
    const age = r.age;
    if (!obj(age)) return [...e, 'age'];
    one(age.under18, yn3, 'under18');
    one(age.under18DuringExploitation, yn3, 'under18DuringExploitation', true);
    const adult = age.under18 === 'no';
    needs(adult, age.under18DuringExploitation, 'under18DuringExploitation');
    needs(!adult, r.localAuthorityContact, 'localAuthorityContact');
    if (obj(r.localAuthorityContact)) {
      const la = r.localAuthorityContact;
      one(la.localAuthority, sets.localAuthority, 'localAuthority');
      text(la.phone, 'la phone');
      email(la.email, 'la email');
    }
    const b = r.background;
    if (!obj(b)) e.push('background');
    else for (const k of ['birthplace', 'family', 'education', 'employmentHistory']) text(b[k], k);
    const x = r.exploitation;
    if (!obj(x)) e.push('exploitation');
    else {
      one(x.multipleSituations, ['yes', 'no', 'i-dont-know'], 'multipleSituations');
      text(x.dates, 'dates');
      text(x.howItStarted, 'howItStarted');
      bool(x.takenSomewhere, 'takenSomewhere');
      text(x.journeyDetails, 'journeyDetails', true);
      needs(x.takenSomewhere === true, x.journeyDetails, 'journeyDetails');
      if (x.periods !== undefined) {
        if (!Array.isArray(x.periods)) e.push('periods');
        else
          for (const p of x.periods)
            if (!obj(p)) e.push('period');
            else {
              date(p.from, 'from');
              date(p.to, 'to');
              if (p.from > ASOF || (p.to !== undefined && (p.to > ASOF || p.to < p.from)))
                e.push('period dates');
            }
      }
    }
    const t = r.treatment;
    if (!obj(t)) e.push('treatment');
    else for (const k of ['averageDay', 'livingConditions', 'treatment']) text(t[k], k);
    const c = r.currentSituation;
    if (!obj(c)) e.push('currentSituation');
    else {
      bool(c.stillExploited, 'stillExploited');
      text(c.whatIsKeepingThem, 'whatIsKeepingThem', true);
      text(c.howTheyLeft, 'howTheyLeft', true);
      needs(c.stillExploited === true, c.whatIsKeepingThem, 'whatIsKeepingThem');
      needs(c.stillExploited === false, c.howTheyLeft, 'howTheyLeft');
    }
    const lc = r.lastContact;
    if (!obj(lc)) e.push('lastContact');
    else {
      one(
        lc.when,
        [
          'within-the-last-week',
          'within-the-last-month',
          'within-the-last-3-month',
          'within-the-last-6-month',
          'within-the-last-6-12-month',
          'over-a-year-ago',
          'not-sure',
        ],
        'when',
      );
      text(lc.details, 'details', true);
      if (typeof lc.details === 'string' && /(?:\b(?:https?|ftp):\/\/|\bwww\.)\S/i.test(lc.details))
        e.push('url');
    }
    const rb = r.reportedBefore;
    if (!obj(rb)) e.push('reportedBefore');
    else {
      one(rb.firstChance, yn3, 'firstChance');
      for (const k of ['yesDetails', 'notSureDetails', 'whyReportNow']) text(rb[k], k, true);
      needs(rb.firstChance === 'no', rb.whyReportNow, 'whyReportNow');
      if (rb.firstChance !== 'yes' && rb.yesDetails !== undefined) e.push('yesDetails');
      if (rb.firstChance !== 'not-sure' && rb.notSureDetails !== undefined) e.push('notSureDetails');
    }
    const a = r.assessment;
    if (!obj(a)) e.push('assessment');
    else {
      text(a.interview, 'interview');
      text(a.professionalInsight, 'professionalInsight');
      for (const [k, d] of [
        ['indicators', 'indicatorsDetails'],
        ['credibilityConcerns', 'credibilityConcernsDetails'],
        ['othersInvolved', 'othersInvolvedDetails'],
      ]) {
        bool(a[k], k);
        text(a[d], d, true);
        needs(a[k] === true, a[d], d);
      }
    }
    const l = r.locations;
    if (!obj(l)) e.push('locations');
    else {
      one(l.where, ['uk', 'overseas', 'uk-and-overseas'], 'where');
      const uk = l.where !== 'overseas';
      needs(uk, l.ukCities, 'ukCities');
      needs(l.where !== 'uk', l.overseasCountries, 'overseasCountries');
      if (l.ukCities !== undefined) {
        if (!Array.isArray(l.ukCities) || l.ukCities.length === 0 || l.ukCities.length > 10)
          e.push('ukCities');
        else for (const city of l.ukCities) if (!lists.isUkCityOrTown(city)) e.push('city');
      }
      if (l.overseasCountries !== undefined) {
        if (!Array.isArray(l.overseasCountries) || l.overseasCountries.length === 0) e.push('countries');
        else for (const country of l.overseasCountries) one(country, sets.overseas, 'country');
      }
      text(l.ukAddress, 'ukAddress', true);
      text(l.overseasAddress, 'overseasAddress', true);
    }
    const cl = r.currentLocation;
    if (!obj(cl)) e.push('currentLocation');
    else {
      if (!lists.isUkCityOrTown(cl.city)) e.push('current city');
      one(cl.region, sets.region, 'region');
    }
    const ex = r.exploiters;
    if (!obj(ex)) e.push('exploiters');
    else {
      text(ex.details, 'exploiters');
      bool(ex.locationKnown, 'locationKnown');
      bool(ex.inUk, 'inUk', true);
      text(ex.locationDetails, 'locationDetails', true);
      needs(ex.locationKnown === true, ex.inUk, 'inUk');
      needs(ex.locationKnown === true, ex.locationDetails, 'locationDetails');
    }
    const ty = r.exploitationTypes;
    if (!obj(ty) || !Array.isArray(ty.types) || ty.types.length === 0) e.push('types');
    else {
      for (const type of ty.types) one(type, sets.type, 'type');
      if (new Set(ty.types).size !== ty.types.length) e.push('duplicate type');
      text(ty.otherDetails, 'otherDetails', true);
      needs(ty.types.includes('other'), ty.otherDetails, 'otherDetails');
    }
    const ov = r.otherVictims;
    if (!obj(ov)) e.push('otherVictims');
    else {
      one(ov.answer, yn3, 'otherVictims');
      text(ov.yesDetails, 'yesDetails', true);
      text(ov.notSureDetails, 'notSureDetails', true);
    }
    const fu = r.futureRisk;
    if (!obj(fu)) e.push('futureRisk');
    else {
      bool(fu.concerns, 'concerns');
      text(fu.reasons, 'reasons', true);
      needs(fu.concerns === true, fu.reasons, 'reasons');
    }
    const po = r.police;
    if (!obj(po)) e.push('police');
    else {
      bool(po.reported, 'reported');
      if (po.force !== undefined) one(po.force, sets.police, 'force');
      text(po.crimeReference, 'crimeReference', true);
      needs(po.reported === true, po.force, 'force');
      needs(po.reported === true, po.crimeReference, 'crimeReference');
    }
    const co = r.cooperation;
    if (!obj(co)) e.push('cooperation');
    else {
      bool(co.willing, 'willing');
      text(co.details, 'details', true);
    }
    needs(adult, r.consent, 'consent');
    if (obj(r.consent) && r.consent.given !== true) e.push('consent refused');
    needs(adult, r.support, 'support');
    if (obj(r.support)) {
      const s = r.support;
      bool(s.needed, 'needed');
      needs(s.needed === true, s.phone, 'phone');
      needs(s.phone === 'yes', s.phoneNumber, 'phoneNumber');
      needs(s.phone === 'pv-alternative-number', s.alternativeNumber, 'alternativeNumber');
      text(s.alternativeRelationship, 'relationship', true, 250);
      needs(s.phone === 'no', s.noPhoneReason, 'noPhoneReason');
    }
    const pe = r.person;
    if (!obj(pe)) e.push('person');
    else {
      if (!obj(pe.name)) e.push('name');
      else {
        text(pe.name.firstName, 'firstName');
        text(pe.name.lastName, 'lastName');
        text(pe.name.nickname, 'nickname', true);
      }
      date(pe.dateOfBirth, 'dateOfBirth');
      if (typeof pe.dateOfBirth === 'string' && (pe.dateOfBirth >= ASOF || pe.dateOfBirth <= '1900-01-01'))
        e.push('dob');
      one(pe.gender, ['female', 'male', 'unknown'], 'gender');
      one(pe.nationality, sets.nationality, 'nationality');
      one(pe.secondNationality, sets.nationality, 'secondNationality', true);
      for (const [k, d] of [
        ['children', 'howMany'],
        ['interpreter', 'language'],
        ['communicationAid', 'aid'],
        ['homeOfficeReference', 'reference'],
      ]) {
        const g = pe[k];
        const flag = k === 'children' ? 'hasChildren' : k === 'homeOfficeReference' ? 'known' : 'needed';
        if (!obj(g)) e.push(k);
        else {
          bool(g[flag], flag);
          needs(g[flag] === true, g[d], d);
        }
      }
    }
    needs(adult, r.decision, 'decision');
    if (obj(r.decision)) {
      const d = r.decision;
      one(d.sendTo, ['potential-victim', 'someone-else'], 'sendTo');
      needs(d.sendTo === 'potential-victim', d.potentialVictim, 'potentialVictim');
      needs(d.sendTo === 'someone-else', d.someoneElse, 'someoneElse');
      const contact = d.potentialVictim ?? d.someoneElse;
      if (obj(contact)) {
        if (!Array.isArray(contact.methods) || contact.methods.length === 0) e.push('methods');
        else {
          needs(contact.methods.includes('email'), contact.email, 'contact email');
          if (contact.email !== undefined) email(contact.email, 'contact email');
        }
      }
    }
    const f = r.firstResponderContact;
    if (!obj(f)) e.push('firstResponderContact');
    else {
      for (const k of ['firstName', 'lastName', 'role', 'phone']) text(f[k], k);
      email(f.alternativeEmail, 'alternativeEmail');
    }
    return e;
  };
}
