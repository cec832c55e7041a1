import { describe, expect, it } from 'vitest';
import { diffLists, formatFailure } from './case-diff.js';

describe('diffLists', () => {
  it('keeps the items in common and marks the rest, in order', () => {
    expect(diffLists(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'], true)).toEqual([
      '  a',
      '- b',
      '  c',
      '+ x',
      '  d',
    ]);
  });

  it('shows a list that differs entirely, and empty lists', () => {
    expect(diffLists(['a'], ['b'], true)).toEqual(['- a', '+ b']);
    expect(diffLists([], ['b'], true)).toEqual(['+ b']);
    expect(diffLists(['a'], [], true)).toEqual(['- a']);
    expect(diffLists([], [], true)).toEqual([]);
  });

  it('shows items out of order as removed and added when order matters', () => {
    expect(diffLists(['a', 'b'], ['b', 'a'], true)).toEqual(['- a', '  b', '+ a']);
  });

  it('ignores order when it does not matter, listing what was expected and then what was not', () => {
    expect(diffLists(['a', 'b', 'c'], ['c', 'x', 'a'], false)).toEqual(['  a', '- b', '  c', '+ x']);
    expect(diffLists(['a', 'a'], ['a'], false)).toEqual(['  a', '- a']);
  });
});

describe('formatFailure', () => {
  it('diffs an exact list of fired rules, in order', () => {
    expect(
      formatFailure({
        check: 'fired',
        message: 'unused',
        expected: ['child.treated-as-child', 'child.nrm-referral'],
        actual: ['child.treated-as-child', 'child.refer-to-ictg'],
      }),
    ).toEqual([
      'fired (in order), - expected, + got:',
      '    child.treated-as-child',
      '  - child.nrm-referral',
      '  + child.refer-to-ictg',
    ]);
  });

  it('diffs missing facts without regard to order', () => {
    expect(
      formatFailure({
        check: 'missing',
        message: 'unused',
        expected: ['person.consent'],
        actual: ['local.ictgArea'],
      }),
    ).toEqual(['missing, - expected, + got:', '  - person.consent', '  + local.ictgArea']);
  });

  it("uses the case runner's own account for anything else", () => {
    expect(
      formatFailure({
        check: 'outcomes',
        message: 'expected outcomes (in order):\n  - {"action":"notify"}\nbut got:\n  (none)',
        expected: [{ action: 'notify' }],
        actual: [],
      }),
    ).toEqual(['expected outcomes (in order):', '  - {"action":"notify"}', 'but got:', '  (none)']);
    expect(
      formatFailure({
        check: 'fired.includes',
        message: 'expected fired to include "x"',
        expected: 'x',
        actual: [],
      }),
    ).toEqual(['expected fired to include "x"']);
  });
});
