import type { CaseFailure } from '@antislavery/rules';

/** The checks whose expectation is an exact list, and whether its order matters. */
const EXACT_LISTS: Readonly<Record<string, boolean>> = { fired: true, missing: false, undecided: false };

/** The longest common subsequence of two lists, as pairs of positions. */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((lengths[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lengths[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (((lengths[i + 1] as number[])[j] as number) >= ((lengths[i] as number[])[j + 1] as number))
      i++;
    else j++;
  }
  return pairs;
}

/**
 * A line diff of an expected list and the actual one: items in both unmarked, items only expected
 * with `-`, items only in the result with `+`. In order, the diff follows both lists; out of
 * order, the expected items come first, then the unexpected ones. Internal.
 */
export function diffLists(
  expected: readonly string[],
  actual: readonly string[],
  ordered: boolean,
): string[] {
  if (!ordered) {
    const left = [...actual];
    const lines = expected.map((item) => {
      const found = left.indexOf(item);
      if (found === -1) return `- ${item}`;
      left.splice(found, 1);
      return `  ${item}`;
    });
    return [...lines, ...left.map((item) => `+ ${item}`)];
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [
    ...commonPairs(expected, actual),
    [expected.length, actual.length] as [number, number],
  ]) {
    while (i < pi) lines.push(`- ${expected[i++]}`);
    while (j < pj) lines.push(`+ ${actual[j++]}`);
    if (pi < expected.length) lines.push(`  ${expected[pi]}`);
    i = pi + 1;
    j = pj + 1;
  }
  return lines;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * One failed expectation as lines: a diff (`-` expected, `+` got) for an exact list of rule ids
 * or fact paths, and the case runner's own account for anything else. Internal.
 */
export function formatFailure(failure: CaseFailure): string[] {
  const ordered = EXACT_LISTS[failure.check];
  if (ordered !== undefined && isStrings(failure.expected) && isStrings(failure.actual)) {
    return [
      `${failure.check}${ordered ? ' (in order)' : ''}, - expected, + got:`,
      ...diffLists(failure.expected, failure.actual, ordered).map((line) => `  ${line}`),
    ];
  }
  return failure.message.split('\n');
}
