import type { PublishedTable } from '../tables/count-table.js';

// Test support, not published with the package: an independent attacker that tries to recover
// every suppressed cell of a published table. It knows what a reader knows: every published
// figure, which relations hold (rows and columns that add up to their totals), the threshold, and
// each suppressed cell's reason (a primary cell is from 1, or 0 when zeros are suppressed, to
// threshold - 1; a secondary cell is 0 or at least the threshold). It searches exhaustively for
// whole-number tables consistent with all of that; a cell is recovered if it takes the same value
// in every one.

type Equation = {
  readonly terms: readonly { readonly unknown: number; readonly sign: number }[];
  readonly constant: number;
};

export type Attack = {
  /** Suppressed cells the attacker pinned to one value, as `row,column` (`total` for a total). */
  readonly recovered: readonly string[];
};

/** Most search steps before the attacker gives up, so a test fails rather than hangs. */
const STEPS = 5_000_000;

export function attack(
  table: PublishedTable,
  options: { threshold: number; suppressZero?: boolean; cap: number },
): Attack {
  let steps = 0;
  const lowestPrimary = options.suppressZero === true ? 0 : 1;
  const names: string[] = [];
  const domains: number[][] = [];
  const cellId = new Map<string, { unknown?: number; value?: number }>();
  const place = (name: string, cell: PublishedTable['cells'][number][number] | undefined) => {
    if (cell === undefined) return;
    if (!cell.suppressed) {
      cellId.set(name, { value: cell.value });
      return;
    }
    names.push(name);
    const domain: number[] = [];
    for (let v = 0; v <= options.cap; v++) {
      const primary = v >= lowestPrimary && v < options.threshold;
      if (cell.reason === 'primary' ? primary : !primary) domain.push(v);
    }
    domains.push(domain);
    cellId.set(name, { unknown: names.length - 1 });
  };
  const m = table.rows.length;
  const n = table.columns.length;
  table.cells.forEach((row, i) => {
    row.forEach((cell, j) => {
      place(`${i},${j}`, cell);
    });
  });
  table.rowTotals?.forEach((cell, i) => {
    place(`${i},total`, cell);
  });
  table.columnTotals?.forEach((cell, j) => {
    place(`total,${j}`, cell);
  });
  place('total,total', table.grandTotal);

  const equations: Equation[] = [];
  const equation = (parts: string[], total: string) => {
    if (!cellId.has(total) || parts.some((part) => !cellId.has(part))) return;
    const terms: { unknown: number; sign: number }[] = [];
    let constant = 0;
    for (const [name, sign] of [...parts.map((p) => [p, 1] as const), [total, -1] as const]) {
      const known = cellId.get(name) ?? {};
      if (known.unknown !== undefined) terms.push({ unknown: known.unknown, sign });
      else constant += sign * (known.value ?? 0);
    }
    equations.push({ terms, constant });
  };
  const range = (k: number) => Array.from({ length: k }, (_, x) => x);
  if (table.rowsAddUp) {
    for (const i of range(m))
      equation(
        range(n).map((j) => `${i},${j}`),
        `${i},total`,
      );
    equation(
      range(n).map((j) => `total,${j}`),
      'total,total',
    );
  }
  if (table.columnsAddUp) {
    for (const j of range(n))
      equation(
        range(m).map((i) => `${i},${j}`),
        `total,${j}`,
      );
    equation(
      range(m).map((i) => `${i},total`),
      'total,total',
    );
  }
  if (table.rowsAddUp && table.columnsAddUp && !table.rowTotals && !table.columnTotals) {
    equation(
      range(m).flatMap((i) => range(n).map((j) => `${i},${j}`)),
      'total,total',
    );
  }

  const solve = (fixed: number, avoid: number | undefined): number[] | undefined => {
    const value: (number | undefined)[] = names.map(() => undefined);
    const allowed = (unknown: number, v: number) =>
      (domains[unknown] as number[]).includes(v) && !(unknown === fixed && v === avoid);
    /** Assigns every value an equation forces; false on a contradiction. Records what it set. */
    const propagate = (set: number[]): boolean => {
      for (let changed = true; changed; ) {
        changed = false;
        for (const { terms, constant } of equations) {
          let sum = constant;
          let open: { unknown: number; sign: number } | undefined;
          let opens = 0;
          for (const term of terms) {
            const v = value[term.unknown];
            if (v === undefined) {
              open = term;
              opens++;
            } else sum += term.sign * v;
          }
          if (opens === 0 && sum !== 0) return false;
          if (opens === 1 && open !== undefined) {
            const v = -sum / open.sign;
            if (!allowed(open.unknown, v)) return false;
            value[open.unknown] = v;
            set.push(open.unknown);
            changed = true;
          }
        }
      }
      return true;
    };
    const search = (index: number): boolean => {
      if (++steps > STEPS) throw new Error('The attack took too long to finish');
      if (index === names.length) return true;
      if (value[index] !== undefined) return search(index + 1);
      for (const v of domains[index] as number[]) {
        if (!allowed(index, v)) continue;
        value[index] = v;
        const set: number[] = [];
        if (propagate(set) && search(index + 1)) return true;
        for (const unknown of set) value[unknown] = undefined;
      }
      value[index] = undefined;
      return false;
    };
    const set: number[] = [];
    if (!propagate(set)) return undefined;
    return search(0) ? (value as number[]) : undefined;
  };

  const recovered: string[] = [];
  names.forEach((name, index) => {
    const first = solve(index, undefined);
    if (first === undefined) {
      recovered.push(`${name} (no consistent table)`);
      return;
    }
    if (solve(index, first[index]) === undefined) recovered.push(name);
  });
  return { recovered };
}

/**
 * The cells an attacker could recover even if every count of the table but the zeros were
 * suppressed (each marked primary if it is small, secondary otherwise): suppressing more cannot
 * protect them (four primary cells in a row whose total is 4 or less are each 1), so a test accepts
 * their recovery. Zeros stay shown, as the package shows them unless told to suppress them. Worked
 * out exhaustively where that finishes quickly (tiny tables, where this matters), and otherwise one
 * row or column (with its total) at a time, carrying each cell found to the others, until nothing
 * more is found: with every count suppressed, only the small ones' bounds pin anything.
 */
export function unprotectable(
  table: PublishedTable,
  counts: {
    cells: readonly (readonly number[])[];
    rowTotals?: readonly number[];
    columnTotals?: readonly number[];
    grandTotal?: number;
  },
  options: { threshold: number; suppressZero?: boolean; cap: number },
): readonly string[] {
  const lowest = options.suppressZero === true ? 0 : 1;
  const m = counts.cells.length;
  const n = counts.cells[0]?.length ?? 0;
  const value = new Map<string, number>();
  counts.cells.forEach((row, i) => {
    row.forEach((v, j) => {
      value.set(`${i},${j}`, v);
    });
  });
  counts.rowTotals?.forEach((v, i) => {
    value.set(`${i},total`, v);
  });
  counts.columnTotals?.forEach((v, j) => {
    value.set(`total,${j}`, v);
  });
  if (counts.grandTotal !== undefined) value.set('total,total', counts.grandTotal);
  const known = new Map<string, number>();
  for (const [name, v] of value) if (v === 0 && lowest > 0) known.set(name, 0);
  const domain = (name: string): number[] => {
    const fixed = known.get(name);
    if (fixed !== undefined) return [fixed];
    const small = (value.get(name) as number) >= lowest && (value.get(name) as number) < options.threshold;
    const list: number[] = [];
    for (let v = 0; v <= options.cap; v++) if ((v >= lowest && v < options.threshold) === small) list.push(v);
    return list;
  };
  const relations: string[][] = [];
  const range = (k: number) => Array.from({ length: k }, (_, x) => x);
  const relate = (parts: string[], total: string) => {
    if (value.has(total) && parts.every((part) => value.has(part))) relations.push([...parts, total]);
  };
  if (table.rowsAddUp) {
    for (const i of range(m))
      relate(
        range(n).map((j) => `${i},${j}`),
        `${i},total`,
      );
    relate(
      range(n).map((j) => `total,${j}`),
      'total,total',
    );
  }
  if (table.columnsAddUp) {
    for (const j of range(n))
      relate(
        range(m).map((i) => `${i},${j}`),
        `total,${j}`,
      );
    relate(
      range(m).map((i) => `${i},total`),
      'total,total',
    );
  }
  const pinned = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      // Every assignment of the relation's cells that adds up: the parts sum to the total.
      const lists = relation.map(domain);
      const seen = relation.map(() => new Set<number>());
      const choose = (k: number, sum: number, picked: number[]) => {
        if (k === relation.length - 1) {
          if ((lists[k] as number[]).includes(sum)) {
            picked.forEach((v, i) => {
              seen[i]?.add(v);
            });
            seen[k]?.add(sum);
          }
          return;
        }
        for (const v of lists[k] as number[])
          if (sum + v <= options.cap) choose(k + 1, sum + v, [...picked, v]);
      };
      choose(0, 0, []);
      relation.forEach((name, k) => {
        const values = seen[k] as Set<number>;
        if (values.size === 1 && !known.has(name)) {
          known.set(name, [...values][0] as number);
          pinned.add(name);
          changed = true;
        }
      });
    }
  }
  const hide = (v: number): PublishedTable['cells'][number][number] =>
    v === 0 && lowest > 0
      ? { suppressed: false, value: 0 }
      : { suppressed: true, reason: v >= lowest && v < options.threshold ? 'primary' : 'secondary' };
  const everything: PublishedTable = {
    ...table,
    cells: counts.cells.map((row) => row.map(hide)),
    ...(counts.rowTotals ? { rowTotals: counts.rowTotals.map(hide) } : {}),
    ...(counts.columnTotals ? { columnTotals: counts.columnTotals.map(hide) } : {}),
    ...(counts.grandTotal === undefined ? {} : { grandTotal: hide(counts.grandTotal) }),
  };
  try {
    for (const name of attack(everything, options).recovered) pinned.add(name);
  } catch {
    // Too long to search: the row-by-row answer stands.
  }
  return [...pinned];
}
