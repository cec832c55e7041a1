// No regular expression in the packages can be made slow. The test finds every regex in
// packages/*/src (literals and RegExp calls, test files excepted) by scanning the source, and fails
// when one appears that the map below has no adversarial inputs for. Each regex then runs against
// 100,000-character inputs built to make a backtracking engine work hard (a prefix that nearly
// matches, repeated, then a character that spoils the match) and must finish each within 250 ms:
// loose enough not to flake, tight enough to catch quadratic or exponential backtracking, which
// takes seconds to hours on inputs this long.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEmailAddress } from '../../packages/referrals/src/fields/kit.js';
import { type FoundRegex, findRegexesInPackages, regexOfLiteral } from './support/find-regexes.js';

const LENGTH = 100_000;
const BOUND_MS = 250;

/** `unit` repeated to about 100,000 characters, then `end`. */
const repeat = (unit: string, end = '') => unit.repeat(Math.ceil(LENGTH / unit.length)) + end;

/** Inputs every regex meets: long runs of the characters patterns most often loop over. */
const COMMON: readonly string[] = [
  repeat('a', '!'),
  repeat('A', '!'),
  repeat('1', 'x'),
  repeat(' ', 'x'),
  repeat('\t'),
  repeat('\n', 'x'),
  repeat('\r\n'),
  repeat('"'),
  repeat("'"),
  repeat('-', '!'),
  repeat('.'),
  repeat('/', ' x'),
  repeat('\\'),
  repeat('<'),
  repeat('@'),
  repeat('a.', '.'),
  repeat('a-', '-'),
  repeat('1 ', 'x'),
  repeat('a@'),
  repeat('aA'),
];

type Target = {
  /** The regex as written in the source: the literal, or the whole `new RegExp(...)` call. */
  readonly source: string;
  /** Inputs aimed at this regex's own loops, on top of {@link COMMON}. */
  readonly inputs: () => readonly string[];
  /** For a regex built at run time, the function that runs it (the pattern is not in the text). */
  readonly probe?: (input: string) => unknown;
};

// The call's text as written, with its template's `${LABEL}` slots, which are not templates here.
const LABEL_SLOT = ['$', '{LABEL}'].join('');
const EMAIL_CALL =
  'new RegExp(`^[^' +
  String.raw`\\s@]{1,64}@(?=[^\\s@]{1,255}$)(?:` +
  LABEL_SLOT +
  String.raw`\\.)+` +
  LABEL_SLOT +
  '$`)';

/** Every regex in the packages' source, with inputs made to attack it. */
const TARGETS: readonly Target[] = [
  { source: String.raw`/\.json$/i`, inputs: () => [repeat('.json', 'x'), repeat('.JSO')] },
  {
    source: String.raw`/at position (\d+)/`,
    inputs: () => [repeat('at position '), repeat('at position 1', 'x')],
  },
  { source: '/end of JSON input/', inputs: () => [repeat('end of JSON inpu')] },
  { source: String.raw`/^\d+$/`, inputs: () => [repeat('1', ' ')] },
  { source: '/-/g', inputs: () => [repeat('-')] },
  {
    source: "/'[^']*?(--[^' ,=]+)/",
    inputs: () => [`'${repeat('-')}`, `'${repeat('-,')}`, `'${repeat('a-')}`, repeat("'-"), repeat("'--=")],
  },
  { source: "/'(-[^' ,=]+)/", inputs: () => [repeat("'-,"), `'-${repeat('a', "'")}`] },
  { source: String.raw`/^(\d{4})-(\d{2})$/`, inputs: () => [repeat('2025-', '0')] },
  { source: String.raw`/^(\d{4})-Q(\d)$/i`, inputs: () => [repeat('2025-Q', '1')] },
  { source: String.raw`/^(\d{4})$/`, inputs: () => [repeat('2025')] },
  { source: String.raw`/^FY(\d{4})-(\d{2})$/i`, inputs: () => [repeat('FY2024-25')] },
  {
    source: String.raw`/^(\S+)\s*\/\s*(\S+)$/`,
    inputs: () => [repeat('/', ' x'), repeat('a/', ' x'), repeat('2025-01-01 / ', ' x'), repeat('/ ', 'x y')],
  },
  { source: `/[&<>"']/g`, inputs: () => [repeat('&<>"\'')] },
  { source: String.raw`/^[=+\-@\t\r]/`, inputs: () => [repeat('=+-@')] },
  { source: String.raw`/[",\r\n]/`, inputs: () => [repeat('x')] },
  { source: '/"/g', inputs: () => [repeat('""')] },
  { source: String.raw`/\r?\n|\r/g`, inputs: () => [repeat('\r'), repeat('\r\r\n')] },
  { source: String.raw`/[\\${'`'}*_[\]<>|~]/g`, inputs: () => [repeat('\\`*_[]<>|~')] },
  { source: String.raw`/^([#+\-=]|\d+\.)/`, inputs: () => [repeat('1', '!'), repeat('#')] },
  { source: String.raw`/[",\r\n;]|^\s|\s$/`, inputs: () => [repeat(' ', 'x'), ` ${repeat('x')} `] },
  { source: '/^Home Office - /', inputs: () => [repeat('Home Office - ')] },
  {
    source: String.raw`/^Home Office - UK Border Force\b/`,
    inputs: () => [`Home Office - UK Border Force${repeat('x')}`],
  },
  {
    source: String.raw`/^Home Office - Immigration Enforcement\b/`,
    inputs: () => [`Home Office - Immigration Enforcement${repeat('s')}`],
  },
  {
    source: String.raw`/(?:Regional Organised Crime Unit|Special Operations Unit|\bROCU)$/`,
    inputs: () => [
      repeat('Regional Organised Crime Uni'),
      repeat('ROCU ', 'x'),
      repeat('Special Operations Unit '),
    ],
  },
  {
    source: '/(?:Police|Constabulary|Police Service)$/',
    inputs: () => [repeat('Police '), repeat('Police Servic')],
  },
  { source: '/(?:Combined Authority|City Region)$/', inputs: () => [repeat('City Regio')] },
  {
    source:
      '/(?:Council|Authority|City Region|Corporation)$|^(?:London Borough|Royal Borough|Borough Council|Council) of |^City of Westminster$|^Comhairle nan Eilean Siar$/',
    inputs: () => [repeat('Council '), `Council of ${repeat('Council')}x`, repeat('Borough Council o')],
  },
  { source: '/^https?$/', inputs: () => [repeat('http')] },
  { source: '/^https$/', inputs: () => [repeat('https')] },
  { source: '/^[a-z0-9]+(?:-[a-z0-9]+)*$/', inputs: () => [repeat('a-', '-'), repeat('a1-', '_')] },
  {
    source: String.raw`/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/`,
    inputs: () => [repeat('a.', '.'), repeat('a-a.', '-'), `a${repeat('.a-a', '.')}`],
  },
  { source: '/[A-Z]/g', inputs: () => [repeat('A')] },
  { source: String.raw`/^\d{4}$/`, inputs: () => [repeat('2025')] },
  {
    source: String.raw`/^\+?\d[\d ]*\d$/`,
    inputs: () => [repeat('1 ', ' '), `+${repeat('1 ', 'x')}`, repeat(' 1', ' ')],
  },
  { source: '/([a-z0-9])([A-Z])/g', inputs: () => [repeat('aB')] },
  { source: String.raw`/\S/`, inputs: () => [repeat(' '), repeat('\u00A0\u2028')] },
  {
    source: String.raw`/(?:\b(?:https?|ftp):\/\/|\bwww\.)\S/i`,
    inputs: () => [repeat('http:/'), repeat('www'), repeat('https://', ' '), repeat('www. ')],
  },
  {
    source: EMAIL_CALL,
    probe: isEmailAddress,
    inputs: () => [
      `${'a'.repeat(64)}@${repeat('a.', '.')}`,
      `a@${'a-'.repeat(120)}`,
      `a@${repeat('a', '!')}`,
      `${repeat('a')}@a.a`,
      `a@${'a.'.repeat(127)}-`,
      `a@${'a'.repeat(62)}.${'a-'.repeat(100)}`,
    ],
  },
  { source: String.raw`/^\+?[0-9 ()-]+$/`, inputs: () => [repeat('(1) -', 'x'), `+${repeat('1', '+')}`] },
  { source: String.raw`/[",\n\r]/`, inputs: () => [repeat('x')] },
  { source: String.raw`/^\d{1,15}$/`, inputs: () => [repeat('1')] },
  { source: '/^the answer/', inputs: () => [repeat('the answe')] },
  { source: '/[.!?]$/', inputs: () => [repeat('.', 'x'), repeat('?!', ' ')] },
  { source: String.raw`/^[^.]+(\.[^.]+)*$/`, inputs: () => [repeat('a.', '.'), repeat('ab.a', '..')] },
];

const found = findRegexesInPackages(fileURLToPath(new URL('../../packages', import.meta.url)));
const targets = new Map(TARGETS.map((target) => [target.source, target]));

/** Runs a regex as its code does, both to its first match and over the whole input. */
function runners(regex: FoundRegex, target: Target): ((input: string) => unknown)[] {
  if (target.probe !== undefined) return [target.probe];
  const pattern = regexOfLiteral(regex.source);
  const once = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  const every = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [(input) => once.test(input), (input) => input.replace(every, '')];
}

describe('regular expressions in packages/*/src', () => {
  it('are found by scanning the source', () => {
    expect(found.length).toBeGreaterThan(40);
    expect(found.filter((regex) => !regex.literal).map((regex) => regex.file)).toEqual([
      'referrals/src/fields/kit.ts',
    ]);
  });

  it('each have adversarial inputs in this test: add an entry to TARGETS for a new regex', () => {
    const missing = found.filter((regex) => !targets.has(regex.source));
    expect(missing.map((regex) => `${regex.file}:${regex.line} ${regex.source}`)).toEqual([]);
  });

  it('have no entry in this test for a regex the source no longer holds', () => {
    const sources = new Set(found.map((regex) => regex.source));
    expect(TARGETS.filter((target) => !sources.has(target.source)).map((target) => target.source)).toEqual(
      [],
    );
  });

  for (const regex of found) {
    const target = targets.get(regex.source);
    if (target === undefined) continue;
    it(`${regex.file}:${regex.line} ${regex.source.slice(0, 60)} finishes within ${BOUND_MS} ms on each 100,000-character input`, () => {
      const inputs = [...COMMON, ...target.inputs()];
      for (const input of inputs) expect(input.length).toBeGreaterThanOrEqual(target.probe ? 200 : LENGTH);
      const slow: string[] = [];
      for (const run of runners(regex, target)) {
        for (const input of inputs) {
          const started = performance.now();
          run(input);
          const ms = performance.now() - started;
          if (ms > BOUND_MS) slow.push(`${JSON.stringify(input.slice(0, 20))}... took ${Math.round(ms)} ms`);
        }
      }
      expect(slow).toEqual([]);
    });
  }
});
