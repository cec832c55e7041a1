// Internal: what a reader could work out about suppressed cells from what a table publishes. A
// table is a set of cells (interior cells and totals) tied by linear relations, each "these cells,
// with these signs, sum to zero" (the cells of a row minus its total, for example). A reader knows
// every published value, the relations, the threshold, and each suppressed cell's reason: a
// primary cell lies in the suppressed range, and a secondary cell does not (it is 0, or at least
// the threshold). Two checks find cells a reader could recover exactly:
// - `determinedCells`: cells whose value is fixed by the relations alone, whatever the bounds
//   (Gaussian elimination on the suppressed cells);
// - `exposedCells`: cells a reader can narrow to a single value although their reason alone allows
//   more than one: first by propagating bounds through the relations, then, where the values are
//   small enough to list, by keeping in each cell only the values that some choice of the other
//   cells of each relation allows (a secondary cell is never from 1 to the threshold less 1, which
//   intervals cannot say), and last, for tables small enough, by searching for whole tables that
//   fit everything known, as a determined reader would.

/** One relation: `sum(signs[k] * value of cells[k]) = 0`. */
export type Relation = { readonly cells: readonly number[]; readonly signs: readonly number[] };

/** What is known about each cell before any reasoning. */
export type CellKnowledge = {
  /** The published value, or `undefined` if suppressed. */
  readonly published: readonly (number | undefined)[];
  /** For a suppressed cell: whether a reader knows it is in the primary range. */
  readonly primary: readonly boolean[];
  /** The lowest count that is suppressed as primary: 1, or 0 when zeros are suppressed. */
  readonly primaryFrom: number;
  /** The threshold: counts below it (and from `primaryFrom`) are primary. */
  readonly threshold: number;
};

const EPSILON = 1e-9;

/** The suppressed cells whose values follow from the relations and the published values. */
export function determinedCells(relations: readonly Relation[], knowledge: CellKnowledge): number[] {
  const unknown: number[] = [];
  knowledge.published.forEach((value, cell) => {
    if (value === undefined) unknown.push(cell);
  });
  if (unknown.length === 0) return [];
  const column = new Map(unknown.map((cell, index) => [cell, index]));
  const rows: number[][] = [];
  for (const relation of relations) {
    const row = new Array<number>(unknown.length).fill(0);
    let any = false;
    relation.cells.forEach((cell, k) => {
      const index = column.get(cell);
      if (index !== undefined) {
        row[index] = (row[index] as number) + (relation.signs[k] as number);
        any = true;
      }
    });
    if (any) rows.push(row);
  }
  // Reduced row echelon form. A cell is determined exactly when its column is a pivot whose row
  // has no other non-zero entry: then that row reads "this cell = a published quantity".
  let pivotRow = 0;
  const pivotOf: number[] = [];
  for (let col = 0; col < unknown.length && pivotRow < rows.length; col++) {
    let best = -1;
    for (let r = pivotRow; r < rows.length; r++) {
      if (Math.abs((rows[r] as number[])[col] as number) > EPSILON) {
        best = r;
        break;
      }
    }
    if (best < 0) continue;
    [rows[pivotRow], rows[best]] = [rows[best] as number[], rows[pivotRow] as number[]];
    const pivot = rows[pivotRow] as number[];
    const scale = pivot[col] as number;
    for (let k = 0; k < pivot.length; k++) pivot[k] = (pivot[k] as number) / scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === pivotRow) continue;
      const row = rows[r] as number[];
      const factor = row[col] as number;
      if (Math.abs(factor) <= EPSILON) continue;
      for (let k = 0; k < row.length; k++) row[k] = (row[k] as number) - factor * (pivot[k] as number);
    }
    pivotOf.push(col);
    pivotRow++;
  }
  const determined: number[] = [];
  pivotOf.forEach((col, r) => {
    const row = rows[r] as number[];
    if (row.every((value, k) => k === col || Math.abs(value) <= EPSILON))
      determined.push(unknown[col] as number);
  });
  return determined;
}

/** The smallest value at or above `value` that a suppressed cell could take. */
function snapUp(value: number, primary: boolean, knowledge: CellKnowledge): number {
  if (primary) return Math.max(value, knowledge.primaryFrom);
  if (value <= 0) return knowledge.primaryFrom === 0 ? knowledge.threshold : 0;
  return Math.max(value, knowledge.threshold);
}

/** The largest value at or below `value` that a suppressed cell could take. */
function snapDown(value: number, primary: boolean, knowledge: CellKnowledge): number {
  if (primary) return Math.min(value, knowledge.threshold - 1);
  if (value >= knowledge.threshold) return value;
  return knowledge.primaryFrom === 0 ? Number.NEGATIVE_INFINITY : value >= 0 ? 0 : Number.NEGATIVE_INFINITY;
}

/**
 * The range a reader can narrow each cell to by propagating bounds through the relations, as
 * `[low, high]` pairs (published cells are their value). Sound but not complete: a cell shown with
 * a range of several values might still be pinned by reasoning over many relations at once.
 */
export function cellRanges(relations: readonly Relation[], knowledge: CellKnowledge): [number, number][] {
  const low: number[] = [];
  const high: number[] = [];
  knowledge.published.forEach((value, cell) => {
    if (value !== undefined) {
      low[cell] = value;
      high[cell] = value;
    } else {
      const primary = knowledge.primary[cell] === true;
      low[cell] = snapUp(0, primary, knowledge);
      high[cell] = primary ? knowledge.threshold - 1 : Number.POSITIVE_INFINITY;
    }
  });
  for (let pass = 0; pass < 1000; pass++) {
    let changed = false;
    for (const relation of relations) {
      let sumMin = 0;
      let sumMax = 0;
      const { cells, signs } = relation;
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k] as number;
        if ((signs[k] as number) > 0) {
          sumMin += low[cell] as number;
          sumMax += high[cell] as number;
        } else {
          sumMin -= high[cell] as number;
          sumMax -= low[cell] as number;
        }
      }
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k] as number;
        if (knowledge.published[cell] !== undefined) continue;
        const sign = signs[k] as number;
        // The rest of the relation, without this cell's own term.
        const ownMin = sign > 0 ? (low[cell] as number) : -(high[cell] as number);
        const ownMax = sign > 0 ? (high[cell] as number) : -(low[cell] as number);
        const restMin = Number.isFinite(ownMin)
          ? sumMin - ownMin
          : restWithout(relation, k, low, high, 'min');
        const restMax = Number.isFinite(ownMax)
          ? sumMax - ownMax
          : restWithout(relation, k, low, high, 'max');
        // sign * x = -rest
        const from = sign > 0 ? -restMax : restMin;
        const to = sign > 0 ? -restMin : restMax;
        const primary = knowledge.primary[cell] === true;
        const newLow = snapUp(Math.max(low[cell] as number, from), primary, knowledge);
        const newHigh = snapDown(Math.min(high[cell] as number, to), primary, knowledge);
        if (newLow > (low[cell] as number) || newHigh < (high[cell] as number)) {
          low[cell] = newLow;
          high[cell] = newHigh;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return low.map((value, cell) => [value, high[cell] as number]);
}

/** The sum of a relation's terms other than term `skip`, at their lowest or highest. */
function restWithout(
  relation: Relation,
  skip: number,
  low: readonly number[],
  high: readonly number[],
  end: 'min' | 'max',
): number {
  let sum = 0;
  for (let k = 0; k < relation.cells.length; k++) {
    if (k === skip) continue;
    const cell = relation.cells[k] as number;
    const positive = (relation.signs[k] as number) > 0;
    if (end === 'min') sum += positive ? (low[cell] as number) : -(high[cell] as number);
    else sum += positive ? (high[cell] as number) : -(low[cell] as number);
  }
  return sum;
}

/** Widest range of values a cell's possible values are listed for; wider ones stay ranges. */
const LISTED_RANGE = 2048;
/** Widest range of sums a relation's values are combined over, value by value. */
const COMBINED_RANGE = 256;
/** Most steps of the search for whole tables, per cell; beyond it the cell is taken as safe. */
const SEARCH_STEPS = 20_000;

/** Whether a suppressed cell could hold `value`, by its reason alone. */
function fitsReason(value: number, primary: boolean, knowledge: CellKnowledge): boolean {
  if (primary) return value >= knowledge.primaryFrom && value < knowledge.threshold;
  return value >= knowledge.threshold || (value === 0 && knowledge.primaryFrom > 0);
}

/** The sums of one value from each list. */
function sumsOf(a: ReadonlySet<number>, b: readonly number[]): Set<number> {
  const sums = new Set<number>();
  for (const x of a) for (const y of b) sums.add(x + y);
  return sums;
}

/**
 * Each cell's possible values as a list, or `undefined` where there are too many to list: the
 * values in its range that fit its reason and that, for every relation small enough, some choice
 * of the other cells' values completes.
 */
function possibleValues(
  relations: readonly Relation[],
  knowledge: CellKnowledge,
  combinedRange: number,
): (number[] | undefined)[] {
  const ranges = cellRanges(relations, knowledge);
  const values = ranges.map(([low, high], cell): number[] | undefined => {
    const published = knowledge.published[cell];
    if (published !== undefined) return [published];
    if (!Number.isFinite(high) || high - low > LISTED_RANGE) return undefined;
    const primary = knowledge.primary[cell] === true;
    const list: number[] = [];
    for (let v = Math.max(0, low); v <= high; v++) if (fitsReason(v, primary, knowledge)) list.push(v);
    return list;
  });
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    for (const { cells, signs } of relations) {
      const terms = cells.map((cell, k) => values[cell]?.map((v) => (signs[k] as number) * v));
      if (terms.some((term) => term === undefined || term.length === 0)) continue;
      const listed = terms as number[][];
      const span = listed.reduce((sum, term) => sum + Math.max(...term) - Math.min(...term), 0);
      if (span > combinedRange) continue;
      // Sums of the terms before each term, and of those after it.
      const before: Set<number>[] = [new Set([0])];
      for (const term of listed) before.push(sumsOf(before[before.length - 1] as Set<number>, term));
      const after: Set<number>[] = [new Set([0])];
      for (let k = listed.length - 1; k >= 0; k--)
        after.unshift(sumsOf(after[0] as Set<number>, listed[k] as number[]));
      cells.forEach((cell, k) => {
        if (knowledge.published[cell] !== undefined) return;
        const sign = signs[k] as number;
        const head = before[k] as Set<number>;
        const tail = after[k + 1] as Set<number>;
        const kept = (values[cell] as number[]).filter((v) => {
          for (const x of head) if (tail.has(-x - sign * v)) return true;
          return false;
        });
        if (kept.length < (values[cell] as number[]).length && kept.length > 0) {
          values[cell] = kept;
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
  return values;
}

/** What the search for whole tables reads, worked out once per check. */
type SearchSpace = {
  readonly relations: readonly Relation[];
  /** Each cell's listed values. */
  readonly values: readonly (readonly number[])[];
  /** The same values, for lookups. */
  readonly valueSets: readonly ReadonlySet<number>[];
  /** The relations each cell is in, by index. */
  readonly relationsOf: readonly (readonly number[])[];
  /** The suppressed cells, in order. */
  readonly suppressed: readonly number[];
};

function searchSpace(
  relations: readonly Relation[],
  values: readonly (readonly number[])[],
  suppressed: readonly number[],
): SearchSpace {
  const relationsOf: number[][] = values.map(() => []);
  relations.forEach(({ cells }, index) => {
    for (const cell of new Set(cells)) relationsOf[cell]?.push(index);
  });
  return { relations, values, valueSets: values.map((list) => new Set(list)), relationsOf, suppressed };
}

/**
 * A whole table that fits everything a reader knows, with `cell` not equal to `avoid` (if given):
 * a depth-first search over the suppressed cells' listed values, filling in every cell a relation
 * then fixes. The value it gives `cell`, `false` when there is none, or `undefined` when the search
 * is too long to finish.
 */
function valueInSomeTable(
  space: SearchSpace,
  cell: number,
  avoid: number | undefined,
): number | false | undefined {
  const { relations, values, valueSets, relationsOf, suppressed } = space;
  const chosen = new Map<number, number>();
  const allowed = (c: number, v: number) =>
    (valueSets[c] as ReadonlySet<number>).has(v) && !(c === cell && v === avoid);
  const valueAt = (c: number) => {
    const list = values[c] as readonly number[];
    return list.length === 1 ? list[0] : chosen.get(c);
  };
  let steps = 0;
  // Fills in every cell that a relation in `queue`, or one reached from it, leaves one value for;
  // `false` when a relation cannot be met, either exactly or because the open cells' smallest and
  // largest values cannot make up the rest (which ends a hopeless branch early, so the search
  // finishes on tables where it would otherwise give up). Only relations with a newly known cell
  // can change, so only those are looked at again.
  const fix = (queue: number[], set: number[]): boolean => {
    for (let index = queue.pop(); index !== undefined; index = queue.pop()) {
      const { cells, signs } = relations[index] as Relation;
      let sum = 0;
      let open = -1;
      let opens = 0;
      let openLow = 0;
      let openHigh = 0;
      for (let k = 0; k < cells.length; k++) {
        const c = cells[k] as number;
        const sign = signs[k] as number;
        const v = valueAt(c);
        if (v === undefined) {
          open = k;
          opens++;
          // Listed values are in ascending order.
          const list = values[c] as readonly number[];
          const smallest = sign * (list[0] as number);
          const largest = sign * (list[list.length - 1] as number);
          openLow += Math.min(smallest, largest);
          openHigh += Math.max(smallest, largest);
        } else sum += sign * v;
      }
      if (opens === 0 && sum !== 0) return false;
      if (-sum < openLow || -sum > openHigh) return false;
      if (opens === 1) {
        const c = cells[open] as number;
        const v = -sum / (signs[open] as number);
        if (!allowed(c, v)) return false;
        chosen.set(c, v);
        set.push(c);
        queue.push(...(relationsOf[c] as readonly number[]));
      }
    }
    return true;
  };
  const search = (index: number): boolean | undefined => {
    if (++steps > SEARCH_STEPS) return undefined;
    while (index < suppressed.length && chosen.has(suppressed[index] as number)) index++;
    if (index === suppressed.length) return true;
    const c = suppressed[index] as number;
    for (const v of values[c] as readonly number[]) {
      if (!allowed(c, v)) continue;
      chosen.set(c, v);
      const set: number[] = [];
      const fits = fix([...(relationsOf[c] as readonly number[])], set);
      const found = fits ? search(index + 1) : false;
      if (found !== false) return found;
      for (const undone of set) chosen.delete(undone);
      chosen.delete(c);
    }
    return false;
  };
  if (
    !fix(
      relations.map((_, index) => index),
      [],
    )
  )
    return false;
  const found = search(0);
  if (found !== true) return found;
  return valueAt(cell) as number;
}

/**
 * The suppressed cells a reader can narrow to one value although their reason allows more; only
 * those of `options.among` when it is given (the same answer for them, sooner).
 * `options.combinedRange` replaces {@link COMBINED_RANGE}: tests set it to 0 so that the search for
 * whole tables does all the work, which is otherwise rare in tables small enough to check by hand.
 */
export function exposedCells(
  relations: readonly Relation[],
  knowledge: CellKnowledge,
  options: { readonly among?: readonly number[]; readonly combinedRange?: number } = {},
): number[] {
  const { among, combinedRange = COMBINED_RANGE } = options;
  const values = possibleValues(relations, knowledge, combinedRange);
  const primaryIsOneValue = knowledge.threshold - 1 === knowledge.primaryFrom;
  const suppressed = knowledge.published.flatMap((value, cell) => (value === undefined ? [cell] : []));
  const listed = values.every((list) => list !== undefined) ? (values as number[][]) : undefined;
  const space = listed === undefined ? undefined : searchSpace(relations, listed, suppressed);
  const exposed: number[] = [];
  const checked = among === undefined ? suppressed : suppressed.filter((cell) => among.includes(cell));
  for (const cell of checked) {
    if (knowledge.primary[cell] === true && primaryIsOneValue) continue;
    const list = values[cell];
    if (list === undefined) continue;
    if (list.length <= 1) {
      exposed.push(cell);
      continue;
    }
    // Small enough to search: the cell is pinned if, given one table that fits, no other table
    // gives it another value.
    if (space === undefined) continue;
    const first = valueInSomeTable(space, cell, undefined);
    if (typeof first === 'number' && valueInSomeTable(space, cell, first) === false) {
      exposed.push(cell);
    }
  }
  return exposed;
}
