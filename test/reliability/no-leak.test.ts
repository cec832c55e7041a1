// No personal data leaks. Records carry recognisable, unique values (names such as "Zqxabcde",
// e-mail addresses at leak.example, Ofcom drama phone numbers 07700 900xxx and 01632 960xxx) and
// are broken in many ways: values of the wrong type, dates out of range, bad e-mail addresses,
// values cut short or made too long, web addresses, values moved to other fields. No issue, error
// message, explanation, log line, command line output, rendered report or redacted record may
// contain any of those values; nor may the notification made for an adult who refused consent and
// will not co-operate (Modern Slavery Act 2015 s52(3): it must not identify them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@antislavery/cli';
import { buildReport, renderCsv, renderHtml, renderJson, renderMarkdown } from '@antislavery/metrics';
import { decidePathway, safeDecidePathway } from '@antislavery/pathways';
import {
  fromFormPayload,
  redact,
  toFormPayload,
  toNotification,
  validateCaseRecord,
  validateNotification,
  validateReferral,
} from '@antislavery/referrals';
import { readCaseRecords } from '@antislavery/referrals/read-exports';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AS_OF,
  adultReferral,
  anonymousNotification,
  CASE_RECORD_COLUMNS,
  caseRecord,
  caseRecordCsvLine,
  type Person,
  pathwayFacts,
} from './support/documents.js';
import { expectPrototypesUntouched } from './support/guards.js';
import { timeout } from './support/runs.js';
import { tally } from './support/tally.js';

afterEach(expectPrototypesUntouched);

const cases = tally();

const letters = fc.stringMatching(/^[a-z]{5}$/);
const digits = (count: number) => fc.stringMatching(new RegExp(`^[0-9]{${count}}$`));
const twoDigits = (min: number, max: number) =>
  fc.integer({ min, max }).map((value) => String(value).padStart(2, '0'));

/** One person's recognisable values; every one is unique enough that finding it means a leak. */
const person: fc.Arbitrary<Person> = fc
  .record({
    a: letters,
    b: letters,
    c: letters,
    year: twoDigits(31, 69),
    month: twoDigits(1, 12),
    day: twoDigits(1, 28),
    phone: digits(3),
    responderPhone: digits(3),
    number: fc.integer({ min: 2, max: 99 }),
    postcode: digits(2),
    reference: digits(7),
  })
  .map((v) => ({
    firstName: `Zqx${v.a}`,
    lastName: `Wvb${v.b}`,
    nickname: `Kyj${v.c}`,
    dateOfBirth: `19${v.year}-${v.month}-${v.day}`,
    email: `p${v.phone}x${v.a}@leak.example`,
    phone: `07700 900${v.phone}`,
    street: `${v.number} Qzv${v.c} Lane`,
    town: `Xoq${v.b}ton`,
    postcode: `QX${v.postcode[0]} ${v.postcode[1]}ZZ`,
    homeOfficeReference: `Q${v.reference}`,
    responderFirstName: `Jyv${v.b}`,
    responderLastName: `Fqo${v.c}`,
    responderPhone: `01632 960${v.responderPhone}`,
    responderEmail: `r${v.responderPhone}${v.b}@leak.example`,
    caseReference: `CASE-Zq${v.a}`,
  }));

/** A personal value and the changes that break it, each still holding a recognisable value. */
function brokenValues(p: Person): string[] {
  return [
    p.firstName,
    p.lastName,
    `${p.firstName} ${p.lastName}`,
    p.email,
    p.phone,
    p.dateOfBirth,
    p.postcode,
    p.homeOfficeReference,
    `18${p.dateOfBirth.slice(2)}`, // before 1900
    `20${Number(p.dateOfBirth.slice(2, 4)) + 30}${p.dateOfBirth.slice(4)}`, // in the future
    `${p.dateOfBirth.slice(0, 5)}13-45`, // not a real date
    `${p.dateOfBirth.slice(8)}/${p.dateOfBirth.slice(5, 7)}/${p.dateOfBirth.slice(0, 4)}`, // UK order
    p.email.replace('@', '@@'),
    p.email.replace('@', ' at '),
    `${p.email} `,
    p.email.slice(0, p.email.indexOf('@')),
    p.phone.slice(0, 10),
    `${p.phone}x`,
    p.firstName.slice(0, 6),
    `${p.firstName} `.repeat(2_000), // too long for any field
    `www.${p.lastName}.example`,
    `https://${p.lastName}.example/${p.firstName}`,
  ];
}

type Path = readonly (string | number)[];

/** Sets the value at `path` in a copy of `document`, making objects on the way. */
function setAt(document: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node[key] = typeof next === 'object' && next !== null ? next : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

/** Fields of a referral where a misplaced personal value may land: every kind of field. */
const REFERRAL_PATHS: readonly Path[] = [
  ['person', 'name', 'firstName'],
  ['person', 'name', 'lastName'],
  ['person', 'name'],
  ['person', 'dateOfBirth'],
  ['person', 'gender'],
  ['person', 'nationality'],
  ['person', 'children', 'howMany'],
  ['person', 'children', 'hasChildren'],
  ['person', 'homeOfficeReference', 'reference'],
  ['age', 'under18'],
  ['jurisdiction'],
  ['consent', 'given'],
  ['support', 'phoneNumber'],
  ['support', 'phone'],
  ['decision', 'sendTo'],
  ['decision', 'potentialVictim', 'email'],
  ['decision', 'potentialVictim', 'address', 'postcode'],
  ['decision', 'potentialVictim', 'methods', 0],
  ['firstResponder', 'organisation'],
  ['firstResponder', 'email'],
  ['firstResponderContact', 'phone'],
  ['firstResponderContact', 'alternativeEmail'],
  ['exploitation', 'periods', 0, 'from'],
  ['exploitation', 'takenSomewhere'],
  ['lastContact', 'details'],
  ['cooperation', 'details'],
  ['locations', 'ukCities', 0],
  ['currentLocation', 'city'],
  ['exploitationTypes', 'types', 0],
  ['police', 'force'],
  ['person', 'fullName'],
];

/** Fields of a notification, including its identity when they co-operate. */
const NOTIFICATION_PATHS: readonly Path[] = [
  ['identity', 'name', 'firstName'],
  ['identity', 'contact', 'email'],
  ['identity', 'contact', 'address', 'postcode'],
  ['person', 'gender'],
  ['person', 'nationality'],
  ['age', 'under18'],
  ['jurisdiction'],
  ['cooperation', 'willing'],
  ['firstResponder', 'email'],
  ['lastContact', 'details'],
  ['exploitation', 'periods', 0, 'to'],
];

/** Fields of a case record. */
const CASE_RECORD_PATHS: readonly Path[] = CASE_RECORD_COLUMNS.map((column) => [column]);

/** One to three personal values moved to fields, or broken, in a document built with them. */
function broken(base: (p: Person) => unknown, paths: readonly Path[]) {
  return person.chain((p) => {
    const values = brokenValues(p);
    return fc
      .array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...values)), { minLength: 1, maxLength: 3 })
      .map((edits) => ({
        person: p,
        document: edits.reduce((document, [path, value]) => setAt(document, path, value), base(p)),
        values: [...new Set([...Object.values(p), ...edits.map(([, value]) => value)])],
      }));
  });
}

/** What a search for the values looks at: everything but the personal values themselves. */
function leaked(values: readonly string[], ...outputs: unknown[]): string[] {
  const text = outputs
    .map((output) => (typeof output === 'string' ? output : JSON.stringify(output)))
    .join('\n');
  return values.filter((value) => text.includes(value.trim()));
}

/**
 * The values redact may keep: redact keeps the dates in the fields that hold dates (a referral's
 * periods, a case record's decision dates), so a date of birth moved into one of them is kept there
 * as the date it now claims to be. Every other value is looked for.
 */
const notDates = (values: readonly string[]) => values.filter((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value));

const issuesOf = (result: { ok: boolean; issues?: unknown; warnings?: unknown }) =>
  result.ok ? result.warnings : result.issues;

/** Every line written to the console while the tests run. */
const logged: string[] = [];
beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `call`, keeping the message of an error it throws (an error's text, not its stack). */
function outputOf(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return error instanceof Error
      ? { name: error.name, message: error.message, issues: (error as { issues?: unknown }).issues }
      : String(error);
  }
}

describe('validation issues and error messages', () => {
  it(
    'never repeat a personal value given in a referral, however it is broken',
    () => {
      fc.assert(
        fc.property(broken(adultReferral, REFERRAL_PATHS), ({ document, values, person: p }) => {
          const notADate = `${p.dateOfBirth.slice(0, 5)}13-45`;
          // The search finds the values where they are: in the document itself.
          expect(leaked(values, document).length).toBeGreaterThan(0);
          expect(leaked(values, issuesOf(validateReferral(document, { asOf: AS_OF })))).toEqual([]);
          expect(
            leaked(
              values,
              outputOf(() => validateReferral(document, { asOf: notADate })),
            ),
          ).toEqual([]);
          expect(leaked(notDates(values), redact(document))).toEqual([]);
        }),
        { numRuns: cases.plan('referral', 3_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'never repeat a personal value given in a notification',
    () => {
      const withIdentity = (p: Person) => ({
        ...anonymousNotification(),
        cooperation: { willing: true },
        identity: {
          name: { firstName: p.firstName, lastName: p.lastName, nickname: p.nickname },
          contact: { methods: ['email'], email: p.email, emailSafe: true },
        },
      });
      fc.assert(
        fc.property(broken(withIdentity, NOTIFICATION_PATHS), ({ document, values }) => {
          expect(leaked(values, issuesOf(validateNotification(document, { asOf: AS_OF })))).toEqual([]);
          expect(leaked(notDates(values), redact(document))).toEqual([]);
        }),
        { numRuns: cases.plan('notification', 2_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'never repeat a personal value given in a case record, or in a row of an export',
    async () => {
      await fc.assert(
        fc.asyncProperty(broken(caseRecord, CASE_RECORD_PATHS), async ({ document, values, person: p }) => {
          const record = document as Record<string, unknown>;
          const rows = [];
          const csv = `${CASE_RECORD_COLUMNS.join(',')}\n${caseRecordCsvLine(record)}\n`;
          for await (const row of readCaseRecords(csv, { asOf: AS_OF }))
            rows.push(row.ok ? row.warnings : row);
          const valid = validateCaseRecord(document, { asOf: AS_OF });
          // A case record keeps its own reference (redact keeps a case record's reference as it
          // is), so only the values moved into other fields are looked for in the redacted copy.
          const others = values.filter((value) => value !== p.caseReference);
          expect(leaked(values, issuesOf(valid), rows)).toEqual([]);
          expect(leaked(notDates(others), redactedOtherThanReference(document))).toEqual([]);
        }),
        { numRuns: cases.plan('case record', 2_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'never repeat a personal value given in the form’s own fields',
    () => {
      const payload = (p: Person) => ({
        ...toFormPayload({ kind: 'nrm-referral', referral: adultReferral(p) }),
      });
      const fields: readonly Path[] = [
        ['pv-name-first-name'],
        ['pv-dob'],
        ['pv-gender'],
        ['pv-under-age'],
        ['pv-phone-number-yes'],
        ['pv-contact-details-email-input'],
        ['fr-location'],
        ['user-organisation'],
        ['does-pv-have-children-yes-amount'],
        ['types-of-exploitation-forced-to-work'],
        ['pv-nationality'],
      ];
      fc.assert(
        fc.property(broken(payload, fields), ({ document, values }) => {
          expect(leaked(values, issuesOf(fromFormPayload(document, { asOf: AS_OF })))).toEqual([]);
        }),
        { numRuns: cases.plan('form payload', 1_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'never repeat a personal value given as pathway facts, in issues, errors or the explanation',
    () => {
      const factPaths: readonly Path[] = [
        ['jurisdiction'],
        ['responder', 'organisation'],
        ['responder', 'organisationType'],
        ['responder', 'team'],
        ['person', 'under18'],
        ['person', 'consent'],
        ['person', 'name'],
        ['person', 'inImmediateDanger'],
      ];
      fc.assert(
        fc.property(
          broken(() => pathwayFacts(), factPaths),
          ({ document, values, person: p }) => {
            const outputs = [
              safeDecidePathway(document, { asOf: AS_OF }),
              outputOf(() => decidePathway(document as never, { asOf: AS_OF })),
              // A date of birth given as the date to decide for: before the NRM began.
              outputOf(() => decidePathway(pathwayFacts() as never, { asOf: p.dateOfBirth })),
            ];
            expect(leaked(values, ...outputs)).toEqual([]);
          },
        ),
        { numRuns: cases.plan('pathway', 1_000) },
      );
    },
    timeout(60_000),
  );
});

/** A redacted case record without its reference, which redact keeps (see above). */
function redactedOtherThanReference(document: unknown): unknown {
  const { reference: _reference, ...rest } = redact(document);
  return rest;
}

describe('the notification for an adult who refused consent', () => {
  it(
    'holds none of their personal values, however the draft is broken, unless they co-operate',
    () => {
      // Personal values only where the form asks for them; the account (free text) is the
      // practitioner's and is kept, as the form keeps it. The first responder's own work e-mail
      // and reference, and the police crime reference, are asked before consent and kept too.
      const identifying = REFERRAL_PATHS.filter(
        (path) =>
          path[0] === 'person' ||
          path[0] === 'support' ||
          path[0] === 'decision' ||
          path[0] === 'firstResponderContact',
      );
      const refused = (p: Person) => ({
        ...adultReferral(p),
        consent: { given: false, refusalReason: 'They are afraid.' },
        cooperation: { willing: false },
      });
      const willing = fc.constantFrom(false, undefined, null, 'yes', 'true', 1, [true], { willing: true });
      fc.assert(
        fc.property(broken(refused, identifying), willing, ({ document, values }, answer) => {
          const draft = setAt(document, ['cooperation', 'willing'], answer);
          const result = toNotification(draft as never, { asOf: AS_OF });
          expect(leaked(values, result)).toEqual([]);
          if (result.ok) {
            expect(result.value.identity).toBeUndefined();
            const allowed = ['gender', 'nationality', 'secondNationality'];
            expect(Object.keys(result.value.person).filter((key) => !allowed.includes(key))).toEqual([]);
          }
        }),
        { numRuns: cases.plan('toNotification', 2_000) },
      );
    },
    timeout(60_000),
  );
});

describe('reports', () => {
  it(
    'rendered in every format, hold no personal value of the records they count',
    () => {
      // Records as a report reads them: validated, so a value in a field that names an area or an
      // organisation is one from the official lists. (buildReport names areas and organisations as
      // the records do, so unvalidated records are not given to it here.)
      fc.assert(
        fc.property(
          fc.array(broken(caseRecord, CASE_RECORD_PATHS), { minLength: 5, maxLength: 5 }),
          (records) => {
            const valid = records
              .map(({ document }) => validateCaseRecord(document, { asOf: AS_OF }))
              .flatMap((result) => (result.ok ? [result.value] : []));
            const plain = records.map(({ person: p }) => caseRecord(p));
            const report = buildReport([...valid, ...plain, ...plain], { period: '2025-Q4', asOf: AS_OF });
            const rendered = [
              renderMarkdown(report),
              renderCsv(report),
              renderJson(report),
              renderHtml(report),
            ];
            const values = records.flatMap((record) => record.values);
            expect(leaked(values, ...rendered)).toEqual([]);
          },
        ),
        { numRuns: cases.plan('report', 200) },
      );
    },
    timeout(60_000),
  );
});

describe('the command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'antislavery-leak-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function run(argv: readonly string[]): Promise<string> {
    const out: string[] = [];
    const code = await runCli(argv, {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => out.push(text) },
      isTTY: false,
      cwd: folder,
      tmpdir: folder,
    });
    return `${out.join('')}\nexit ${code}`;
  }

  it(
    'prints no personal value from the files it checks, decides or reports on',
    async () => {
      const input = fc.record({
        referrals: fc.array(broken(adultReferral, REFERRAL_PATHS), { minLength: 3, maxLength: 3 }),
        records: fc.array(broken(caseRecord, CASE_RECORD_PATHS), { minLength: 3, maxLength: 3 }),
        facts: broken(
          () => pathwayFacts(),
          [
            ['person', 'under18'],
            ['responder', 'organisation'],
            ['person', 'name'],
          ],
        ),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ referrals, records, facts }) => {
          writeFileSync(
            join(folder, 'referrals.jsonl'),
            referrals.map(({ document }) => JSON.stringify(document)).join('\n'),
          );
          writeFileSync(
            join(folder, 'records.csv'),
            [
              CASE_RECORD_COLUMNS.join(','),
              ...records.map(({ document }) => caseRecordCsvLine(document as Record<string, unknown>)),
            ].join('\n'),
          );
          writeFileSync(join(folder, 'facts.json'), JSON.stringify(facts.document));
          const output = [
            await run(['validate', 'referrals.jsonl', '--kind', 'referral', '--as-of', AS_OF]),
            await run([
              'validate',
              'referrals.jsonl',
              '--kind',
              'referral',
              '--as-of',
              AS_OF,
              '--format',
              'json',
            ]),
            await run(['validate', 'records.csv', '--as-of', AS_OF]),
            await run(['report', 'records.csv', '--period', '2025-Q4', '--as-of', AS_OF, '--format', 'md']),
            await run(['pathway', '--facts', 'facts.json', '--as-of', AS_OF]),
          ].join('\n');
          const values = [...referrals, ...records, facts].flatMap((item) => item.values);
          expect(output).toContain('exit');
          expect(leaked(values, output)).toEqual([]);
        }),
        { numRuns: cases.plan('command line', 40) },
      );
    },
    timeout(120_000),
  );
});

describe('logs', () => {
  it('the packages wrote nothing to the console while these tests ran', () => {
    expect(logged).toEqual([]);
  });
});
