import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  COMPETENT_AUTHORITIES,
  COMPETENT_AUTHORITY_LABELS,
  FIRST_RESPONDER_CATEGORIES,
  FIRST_RESPONDER_CATEGORY_LABELS,
  metricId,
  PUBLISHED_EXPLOITATION_LOCATION_LABELS,
  PUBLISHED_EXPLOITATION_LOCATIONS,
  PUBLISHED_EXPLOITATION_TYPE_LABELS,
  PUBLISHED_EXPLOITATION_TYPES,
  PUBLISHED_GENDER_LABELS,
  PUBLISHED_GENDERS,
} from '@antislavery/model';
import { NATIONALITIES } from '@antislavery/model/lists';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { PreparedRecord } from '../records/prepare-record.js';
import { type CountTable, type TableHeading, totalsOf } from '../tables/count-table.js';
import { titled, windowOf, within } from './calculator-kit.js';
import type {
  CaseRecordFieldName,
  ComputedMetric,
  MetricParamName,
  MetricParams,
} from './metric-definition.js';

// Breakdowns as the national statistics publish them: each a table of one dimension by age at
// exploitation, for the NRM referrals or the Duty to Notify reports made in the period.

const NOT_SPECIFIED = 'Not specified or unknown';
const AGE_COLUMNS: readonly TableHeading[] = AGE_GROUPS.map((key) => ({ key, label: AGE_GROUP_LABELS[key] }));
const AGES = AGE_COLUMNS.length;

type Kind = 'nrm' | 'dtn';
const KIND_INDEX: Readonly<Record<Kind, number>> = { nrm: 0, dtn: 1 };
const KIND_WORDS: Readonly<Record<Kind, string>> = { nrm: 'NRM referrals', dtn: 'Duty to Notify reports' };
const KIND_DESCRIPTION: Readonly<Record<Kind, string>> = {
  nrm: 'NRM referrals made in the period (by referral date)',
  dtn: 'Duty to Notify notifications made in the period (by referral date)',
};

type Spec = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly CaseRecordFieldName[];
  readonly parameters?: readonly MetricParamName[];
  readonly rowHeading: string;
  readonly columnHeading?: string;
  readonly columns?: readonly TableHeading[];
  /** Every possible row, in published order. */
  readonly rows: readonly TableHeading[];
  /** Counts one record already known to be in the period; returns nothing. */
  readonly count: (state: Float64Array, record: PreparedRecord, columns: number) => void;
  /** Which records the table counts. */
  readonly accepts: (record: PreparedRecord) => boolean;
  /** Shapes the finished table: drops, orders or groups rows. */
  readonly finish?: (
    rows: readonly TableHeading[],
    cells: readonly number[][],
    params: MetricParams,
  ) => { rows: TableHeading[]; cells: number[][] };
  readonly columnsAddUp?: boolean;
  /** Column totals and grand total when they are not the sums of the cells. */
  readonly recordTotals?: boolean;
  readonly note?: string;
};

/** A metric that counts records of the period into a table. */
function tableMetric(spec: Spec): ComputedMetric<Float64Array, CountTable> {
  const columns = spec.columns ?? AGE_COLUMNS;
  const width = columns.length;
  const height = spec.rows.length;
  // With `recordTotals`, the last `width` slots count records by column for the totals.
  const size = height * width + (spec.recordTotals ? width : 0);
  return {
    id: metricId(spec.id),
    title: spec.title,
    description: spec.description,
    source: 'computed',
    unit: 'count',
    headlineDescription: 'The total number of records in the table.',
    fields: spec.fields,
    parameters: spec.parameters ?? [],
    calculator(params) {
      const { start, end, period } = windowOf(params, spec.id);
      return {
        init: () => new Float64Array(size),
        add(state, record) {
          if (!within(record.referralDay, start, end) || !spec.accepts(record)) return state;
          spec.count(state, record, width);
          if (spec.recordTotals) {
            const slot = height * width + record.ageGroup;
            state[slot] = (state[slot] as number) + 1;
          }
          return state;
        },
        merge(a, b) {
          for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
          return a;
        },
        result(state) {
          const grid = spec.rows.map((_, i) => Array.from(state.subarray(i * width, (i + 1) * width)));
          const shaped = spec.finish
            ? spec.finish(spec.rows, grid, params)
            : { rows: [...spec.rows], cells: grid };
          const totals = totalsOf(shaped.cells, width);
          const recordTotals = spec.recordTotals ? Array.from(state.subarray(height * width)) : undefined;
          return {
            id: spec.id,
            title: titled(spec.title, period),
            rowHeading: spec.rowHeading,
            columnHeading: spec.columnHeading ?? 'Age at exploitation',
            rows: shaped.rows,
            columns,
            rowsAddUp: true,
            columnsAddUp: spec.columnsAddUp ?? true,
            ...(spec.note === undefined ? {} : { note: spec.note }),
            cells: shaped.cells,
            rowTotals: totals.rowTotals,
            columnTotals: recordTotals ?? totals.columnTotals,
            grandTotal: recordTotals ? recordTotals.reduce((a, b) => a + b, 0) : totals.grandTotal,
          };
        },
      };
    },
    headline: (table) => table.grandTotal,
    disclosureCounts: (table) => [table.grandTotal ?? 0],
  };
}

/** Counts a record in one row, by its age at exploitation. */
const inRow =
  (rowOf: (record: PreparedRecord) => number) =>
  (state: Float64Array, record: PreparedRecord, width: number) => {
    const slot = rowOf(record) * width + record.ageGroup;
    state[slot] = (state[slot] as number) + 1;
  };

const ofKind = (kind: Kind) => {
  const index = KIND_INDEX[kind];
  return (record: PreparedRecord) => record.kind === index;
};

const dropEmpty = (
  rows: readonly TableHeading[],
  cells: readonly number[][],
  keep: (row: number) => boolean,
) => {
  const kept = rows.map((_, i) => i).filter((i) => keep(i) || (cells[i] as number[]).some((v) => v > 0));
  return { rows: kept.map((i) => rows[i] as TableHeading), cells: kept.map((i) => cells[i] as number[]) };
};

// Age group by kind: the table whose columns are shared by every other breakdown's totals.

const byAgeGroup = tableMetric({
  id: 'referrals.by-age-group',
  title: 'NRM referrals and Duty to Notify reports by age at exploitation',
  description:
    'NRM referrals and Duty to Notify notifications made in the period (by referral date), by age at the time of exploitation (Adult, 18 or over; Child, 17 or under; Not specified or unknown) and by kind.',
  fields: ['kind', 'referralDate', 'ageGroupAtExploitation'],
  rowHeading: 'Age at exploitation',
  columnHeading: 'Kind',
  rows: AGE_COLUMNS,
  columns: [
    { key: 'nrm-referral', label: 'NRM referrals' },
    { key: 'notification', label: 'Duty to Notify reports' },
  ],
  accepts: (record) => record.kind >= 0,
  count: (state, record, width) => {
    const slot = record.ageGroup * width + record.kind;
    state[slot] = (state[slot] as number) + 1;
  },
});

// Gender.

const GENDER_ROWS: readonly TableHeading[] = [
  ...PUBLISHED_GENDERS.map((key) => ({ key, label: PUBLISHED_GENDER_LABELS[key] })),
  { key: 'not-specified-or-unknown', label: NOT_SPECIFIED },
];

const byGender = (kind: Kind) =>
  tableMetric({
    id: `referrals.${kind}.by-gender`,
    title: `${KIND_WORDS[kind]} by gender and age at exploitation`,
    description: `${KIND_DESCRIPTION[kind]}, by gender as the published statistics count it (Female, Male, Other; the form's "They do not identify as male or female" is Other), and by age at exploitation. Records with no gender are Not specified or unknown, so the rows add up to the total.`,
    fields: ['kind', 'referralDate', 'gender', 'ageGroupAtExploitation'],
    rowHeading: 'Gender',
    rows: GENDER_ROWS,
    accepts: ofKind(kind),
    count: inRow((record) => record.gender),
  });

// Nationality.

const NATIONALITY_ROWS: readonly TableHeading[] = NATIONALITIES.map((name, index) =>
  index === 0 ? { key: 'not-specified-or-unknown', label: NOT_SPECIFIED } : { key: name, label: name.trim() },
);

function finishNationalities(
  rows: readonly TableHeading[],
  cells: readonly number[][],
  params: MetricParams,
): { rows: TableHeading[]; cells: number[][] } {
  const top = params.topNationalities;
  if (top !== undefined && (!Number.isInteger(top) || top < 1)) {
    throw new InvalidMetricsArgumentError(
      'calculator(params.topNationalities)',
      'a whole number of 1 or more',
    );
  }
  const total = (i: number) => (cells[i] as number[]).reduce((a, b) => a + b, 0);
  const named = rows
    .map((_, i) => i)
    .filter((i) => i > 0 && total(i) > 0)
    .sort(
      (a, b) =>
        total(b) - total(a) || (rows[a] as TableHeading).label.localeCompare((rows[b] as TableHeading).label),
    );
  const shown = top === undefined ? named : named.slice(0, top);
  const rest = top === undefined ? [] : named.slice(top);
  const outRows = shown.map((i) => rows[i] as TableHeading);
  const outCells = shown.map((i) => [...(cells[i] as number[])]);
  if (rest.length > 0) {
    outRows.push({ key: 'other-nationalities', label: `Other nationalities (${rest.length})` });
    outCells.push(
      Array.from({ length: AGES }, (_, j) =>
        rest.reduce((sum, i) => sum + ((cells[i] as number[])[j] as number), 0),
      ),
    );
  }
  outRows.push(rows[0] as TableHeading);
  outCells.push([...(cells[0] as number[])]);
  return { rows: outRows, cells: outCells };
}

const byNationality = (kind: Kind) =>
  tableMetric({
    id: `referrals.${kind}.by-nationality`,
    title: `${KIND_WORDS[kind]} by nationality and age at exploitation`,
    description: `${KIND_DESCRIPTION[kind]}, by nationality (one per record, from the form's list) and by age at exploitation. Nationalities are listed from the most referred; those with no records are left out. With \`topNationalities\`, the rest are grouped as "Other nationalities". A record without a nationality, or with the form's "Unknown", is Not specified or unknown.`,
    fields: ['kind', 'referralDate', 'nationality', 'ageGroupAtExploitation'],
    parameters: ['topNationalities'],
    rowHeading: 'Nationality',
    rows: NATIONALITY_ROWS,
    accepts: ofKind(kind),
    count: inRow((record) => record.nationality),
    finish: finishNationalities,
  });

// Exploitation type, counted once under its combination.

const KNOWN_TYPES = PUBLISHED_EXPLOITATION_TYPES.filter((type) => type !== 'not-specified-or-unknown');
const COMBINATIONS = 1 << KNOWN_TYPES.length;
const bitCount = (mask: number) => {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
};
const typesOf = (mask: number) => KNOWN_TYPES.filter((_, bit) => (mask & (1 << bit)) !== 0);
/** Row positions of each type in a mask, for ordering rows. */
const positionsOf = (mask: number) => typesOf(mask).map((type) => KNOWN_TYPES.indexOf(type));
/**
 * Row order: single types in published order, then combinations of two, of three and so on, each
 * in the order of their types (Labour & Sexual before Labour & Criminal before Sexual & Criminal),
 * then records that mention no known type.
 */
const SORTED_COMBINATIONS: readonly number[] = Array.from({ length: COMBINATIONS - 1 }, (_, i) => i + 1)
  .sort((a, b) => {
    const x = positionsOf(a);
    const y = positionsOf(b);
    if (x.length !== y.length) return x.length - y.length;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    return 0;
  })
  .concat([0]);
const COMBINATION_ROWS: readonly TableHeading[] = SORTED_COMBINATIONS.map((mask) =>
  mask === 0
    ? {
        key: 'not-specified-or-unknown',
        label: PUBLISHED_EXPLOITATION_TYPE_LABELS['not-specified-or-unknown'],
      }
    : {
        key: typesOf(mask).join('-and-'),
        label: typesOf(mask)
          .map((type) => PUBLISHED_EXPLOITATION_TYPE_LABELS[type])
          .join(' & '),
      },
);
const ROW_OF_MASK: readonly number[] = (() => {
  const rows = new Array<number>(COMBINATIONS).fill(0);
  SORTED_COMBINATIONS.forEach((mask, row) => {
    rows[mask] = row;
  });
  return rows;
})();

const byExploitationType = (kind: Kind) =>
  tableMetric({
    id: `referrals.${kind}.by-exploitation-type`,
    title: `${KIND_WORDS[kind]} by exploitation type and age at exploitation`,
    description: `${KIND_DESCRIPTION[kind]}, by the published exploitation type (Labour, Sexual, Criminal, Domestic, Organ Harvesting) and by age at exploitation. A record with several types is counted once, under its combination (for example "Labour & Criminal"), so the rows add up to the total; the single types are always listed and combinations only when they occur. The form's "Other" box, alone, is Not specified or unknown unless \`otherAs\` maps it.`,
    fields: ['kind', 'referralDate', 'exploitationTypes', 'ageGroupAtExploitation'],
    parameters: ['otherAs'],
    rowHeading: 'Exploitation type',
    rows: COMBINATION_ROWS,
    accepts: ofKind(kind),
    count: inRow((record) => ROW_OF_MASK[record.exploitation] as number),
    finish: (rows, cells) =>
      dropEmpty(rows, cells, (row) => {
        const mask = SORTED_COMBINATIONS[row] as number;
        return mask === 0 || bitCount(mask) === 1;
      }),
    note: 'A record with several types of exploitation is counted once, under its combination, so the rows add up to the total.',
  });

const MENTION_ROWS: readonly TableHeading[] = PUBLISHED_EXPLOITATION_TYPES.map((key) => ({
  key,
  label: PUBLISHED_EXPLOITATION_TYPE_LABELS[key],
}));
const UNKNOWN_MENTION = PUBLISHED_EXPLOITATION_TYPES.indexOf('not-specified-or-unknown');

const byExploitationTypeAnyMention = (kind: Kind) =>
  tableMetric({
    id: `referrals.${kind}.by-exploitation-type-any-mention`,
    title: `${KIND_WORDS[kind]} mentioning each exploitation type, by age at exploitation`,
    description: `${KIND_DESCRIPTION[kind]} that mention each published exploitation type, by age at exploitation: a record with labour and criminal exploitation counts under both, so the rows add up to more than the total. The column totals and grand total are numbers of records. Not specified or unknown counts records that mention no known type.`,
    fields: ['kind', 'referralDate', 'exploitationTypes', 'ageGroupAtExploitation'],
    parameters: ['otherAs'],
    rowHeading: 'Exploitation type',
    rows: MENTION_ROWS,
    accepts: ofKind(kind),
    count: (state, record, width) => {
      const mask = record.exploitation;
      if (mask === 0) {
        const slot = UNKNOWN_MENTION * width + record.ageGroup;
        state[slot] = (state[slot] as number) + 1;
        return;
      }
      for (let bit = 0; bit < KNOWN_TYPES.length; bit++) {
        if ((mask & (1 << bit)) === 0) continue;
        const slot = bit * width + record.ageGroup;
        state[slot] = (state[slot] as number) + 1;
      }
    },
    columnsAddUp: false,
    recordTotals: true,
    note: 'A record with several types of exploitation is counted under each, so the rows add up to more than the total.',
  });

// Location of exploitation.

const LOCATION_ROWS: readonly TableHeading[] = PUBLISHED_EXPLOITATION_LOCATIONS.map((key) => ({
  key,
  label: PUBLISHED_EXPLOITATION_LOCATION_LABELS[key],
}));

const byLocation = (kind: Kind) =>
  tableMetric({
    id: `referrals.${kind}.by-exploitation-location`,
    title: `${KIND_WORDS[kind]} by location of exploitation and age at exploitation`,
    description: `${KIND_DESCRIPTION[kind]}, by where the exploitation happened (UK; Overseas; UK and Overseas; Not specified or unknown for records without an answer) and by age at exploitation.`,
    fields: ['kind', 'referralDate', 'exploitationLocation', 'ageGroupAtExploitation'],
    rowHeading: 'Location of exploitation',
    rows: LOCATION_ROWS,
    accepts: ofKind(kind),
    count: inRow((record) => record.location),
  });

// First responder category.

const RESPONDER_ROWS: readonly TableHeading[] = [
  ...FIRST_RESPONDER_CATEGORIES.map((key) => ({ key, label: FIRST_RESPONDER_CATEGORY_LABELS[key] })),
  { key: 'not-specified-or-unknown', label: NOT_SPECIFIED },
];

const byFirstResponder = (kind: Kind) =>
  tableMetric({
    id: `referrals.${kind}.by-first-responder-type`,
    title: `${KIND_WORDS[kind]} by type of first responder and age at exploitation`,
    description: `${KIND_DESCRIPTION[kind]}, by the published category of the first responder organisation (Government agency; NGO and third sector; Police; Local Authority), from the record's first responder type as \`firstResponderCategoryOf\` of \`@antislavery/model\` maps it, and by age at exploitation. A type with no published category is Not specified or unknown.`,
    fields: ['kind', 'referralDate', 'firstResponderType', 'ageGroupAtExploitation'],
    rowHeading: 'First responder type',
    rows: RESPONDER_ROWS,
    accepts: ofKind(kind),
    count: inRow((record) => record.responderCategory),
  });

// Competent authority (NRM referrals only: notifications are not decided).

const AUTHORITY_ROWS: readonly TableHeading[] = [
  ...COMPETENT_AUTHORITIES.map((key) => ({ key, label: COMPETENT_AUTHORITY_LABELS[key] })),
  { key: 'not-recorded', label: 'Not recorded' },
];

const byCompetentAuthority = tableMetric({
  id: 'referrals.nrm.by-competent-authority',
  title: 'NRM referrals by competent authority and age at exploitation',
  description:
    'NRM referrals made in the period (by referral date), by the competent authority deciding them (Single Competent Authority, SCA; Immigration Enforcement Competent Authority, IECA; Not recorded) and by age at exploitation.',
  fields: ['kind', 'referralDate', 'competentAuthority', 'ageGroupAtExploitation'],
  rowHeading: 'Competent authority',
  rows: AUTHORITY_ROWS,
  accepts: ofKind('nrm'),
  count: inRow((record) => record.competentAuthority),
});

export const referralsByAgeGroup = byAgeGroup;
export const nrmByGender = byGender('nrm');
export const nrmByNationality = byNationality('nrm');
export const nrmByExploitationType = byExploitationType('nrm');
export const nrmByExploitationTypeAnyMention = byExploitationTypeAnyMention('nrm');
export const nrmByLocation = byLocation('nrm');
export const nrmByFirstResponder = byFirstResponder('nrm');
export const nrmByCompetentAuthority = byCompetentAuthority;
export const dtnByGender = byGender('dtn');
export const dtnByNationality = byNationality('dtn');
export const dtnByExploitationType = byExploitationType('dtn');
export const dtnByExploitationTypeAnyMention = byExploitationTypeAnyMention('dtn');
export const dtnByLocation = byLocation('dtn');
export const dtnByFirstResponder = byFirstResponder('dtn');
