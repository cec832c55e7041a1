import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  FIRST_RESPONDER_CATEGORIES,
  FIRST_RESPONDER_CATEGORY_LABELS,
  metricId,
} from '@antislavery/model';
import { type CountTable, type TableHeading, totalsOf } from '../tables/count-table.js';
import { titled, windowOf, within } from './calculator-kit.js';
import type { ComputedMetric } from './metric-definition.js';

// The individual first responder organisations within each published category, as the national
// statistics list them under each category.

type OrganisationState = Map<string, Float64Array>;

const AGES = AGE_GROUPS.length;
const CATEGORY_LABELS: readonly string[] = [
  ...FIRST_RESPONDER_CATEGORIES.map((category) => FIRST_RESPONDER_CATEGORY_LABELS[category]),
  'Not specified or unknown',
];
const NOT_RECORDED = '';
const SEPARATOR = '\u0000';

function organisationMetric(kind: 'nrm' | 'dtn'): ComputedMetric<OrganisationState, CountTable> {
  const id = `referrals.${kind}.by-first-responder-organisation`;
  const words = kind === 'nrm' ? 'NRM referrals' : 'Duty to Notify reports';
  const wanted = kind === 'nrm' ? 0 : 1;
  return {
    id: metricId(id),
    title: `${words} by first responder organisation and age at exploitation`,
    description: `${kind === 'nrm' ? 'NRM referrals' : 'Duty to Notify notifications'} made in the period (by referral date), by the first responder organisation within each published category (Government agency; NGO and third sector; Police; Local Authority), and by age at exploitation. Organisations are listed category by category, from the one that referred most; only those that referred are listed. Records that name no organisation are counted as Not recorded within their category.`,
    source: 'computed',
    unit: 'count',
    headlineDescription: 'The total number of records in the table.',
    fields: [
      'kind',
      'referralDate',
      'firstResponderType',
      'firstResponderOrganisation',
      'ageGroupAtExploitation',
    ],
    parameters: [],
    calculator(params) {
      const { start, end, period } = windowOf(params, id);
      return {
        init: () => new Map(),
        add(state, record) {
          if (record.kind !== wanted || !within(record.referralDay, start, end)) return state;
          // Optional chaining: a record that is not an object (unchecked input) names no organisation.
          const organisation = record.record?.firstResponderOrganisation;
          const key = `${record.responderCategory}${SEPARATOR}${typeof organisation === 'string' ? organisation : NOT_RECORDED}`;
          let counts = state.get(key);
          if (counts === undefined) {
            counts = new Float64Array(AGES);
            state.set(key, counts);
          }
          counts[record.ageGroup] = (counts[record.ageGroup] as number) + 1;
          return state;
        },
        merge(a, b) {
          for (const [key, counts] of b) {
            const mine = a.get(key);
            if (mine === undefined) a.set(key, Float64Array.from(counts));
            else for (let i = 0; i < AGES; i++) mine[i] = (mine[i] as number) + (counts[i] as number);
          }
          return a;
        },
        result(state) {
          const entries = [...state].map(([key, counts]) => {
            const [category = '0', name = NOT_RECORDED] = key.split(SEPARATOR);
            return { category: Number(category), name, counts: Array.from(counts) };
          });
          const total = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
          entries.sort(
            (a, b) =>
              a.category - b.category ||
              Number(a.name === NOT_RECORDED) - Number(b.name === NOT_RECORDED) ||
              total(b.counts) - total(a.counts) ||
              a.name.localeCompare(b.name),
          );
          const rows: TableHeading[] = entries.map(({ category, name }) => {
            const label = CATEGORY_LABELS[category] ?? 'Not specified or unknown';
            return name === NOT_RECORDED
              ? { key: `${category}:not-recorded`, label: `${label}: organisation not recorded` }
              : { key: `${category}:${name}`, label: `${label}: ${name}` };
          });
          const cells = entries.map((entry) => entry.counts);
          return {
            id,
            title: titled(`${words} by first responder organisation and age at exploitation`, period),
            rowHeading: 'First responder organisation',
            columnHeading: 'Age at exploitation',
            rows,
            columns: AGE_GROUPS.map((key) => ({ key, label: AGE_GROUP_LABELS[key] })),
            rowsAddUp: true,
            columnsAddUp: true,
            cells,
            ...totalsOf(cells, AGES),
          };
        },
      };
    },
    headline: (table) => table.grandTotal,
    disclosureCounts: (table) => [table.grandTotal ?? 0],
  };
}

export const nrmByOrganisation = organisationMetric('nrm');
export const dtnByOrganisation = organisationMetric('dtn');
