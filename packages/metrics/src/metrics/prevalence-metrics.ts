import { metricId } from '@antislavery/model';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { CalendarPeriod } from '../periods/calendar-period.js';
import { type CountTable, totalsOf } from '../tables/count-table.js';
import { titled, windowOf, within } from './calculator-kit.js';
import type { ComputedMetric } from './metric-definition.js';

/**
 * One area's figures: its NRM referrals and Duty to Notify reports in the period, its population
 * (if given), its rate per 100,000 people, and its rank by rate (1 is the highest; areas with
 * equal rates share a rank, and the next rank skips, as in 1, 2, 2, 4).
 *
 * @example
 * ```ts
 * import type { AreaFigures } from '@antislavery/metrics';
 *
 * const line = (area: AreaFigures) => `${area.rank ?? '-'}. ${area.area}: ${area.ratePer100000 ?? 'no population'}`;
 * ```
 */
export type AreaFigures = {
  /** The local authority area, as the records name it. */
  readonly area: string;
  /** NRM referrals in the period. */
  readonly nrm: number;
  /** Duty to Notify reports in the period. */
  readonly dtn: number;
  /** Both together. */
  readonly count: number;
  /** The population given for the area, if any. */
  readonly population: number | undefined;
  /** `count / population * 100000`, or `undefined` without a population. */
  readonly ratePer100000: number | undefined;
  /** The rank by rate, or `undefined` without a population. */
  readonly rank: number | undefined;
};

/**
 * The figures of the prevalence metric: each area's counts and rate, ranked, and the table of
 * counts by area and kind.
 *
 * @example
 * ```ts
 * import type { PrevalenceResult } from '@antislavery/metrics';
 *
 * const hottest = (result: PrevalenceResult) => result.areas[0]?.area;
 * ```
 */
export type PrevalenceResult = {
  /** The period counted. */
  readonly period: CalendarPeriod;
  /** The areas: those with a population ranked by rate, then the others by count. */
  readonly areas: readonly AreaFigures[];
  /** Records with no local authority area, by kind. */
  readonly notRecorded: { readonly nrm: number; readonly dtn: number };
  /** Records in areas with a population per 100,000 of their combined population, or `undefined`. */
  readonly overallRatePer100000: number | undefined;
  /** Counts by area (rows, in the order of `areas`, then Not recorded) and kind. */
  readonly table: CountTable;
};

type PrevalenceState = { byArea: Map<string, [number, number]>; notRecorded: [number, number] };

const ID = 'prevalence.by-area';

function checkedPopulations(populations: Readonly<Record<string, number>> | undefined): Map<string, number> {
  const checked = new Map<string, number>();
  if (populations === undefined) return checked;
  if (typeof populations !== 'object' || populations === null) {
    throw new InvalidMetricsArgumentError(
      `${ID}: calculator(params.populations)`,
      'an object of area names to populations',
    );
  }
  for (const [area, population] of Object.entries(populations)) {
    if (typeof population !== 'number' || !Number.isFinite(population) || population <= 0) {
      throw new InvalidMetricsArgumentError(
        `${ID}: calculator(params.populations)`,
        'populations that are numbers above 0',
      );
    }
    checked.set(area, population);
  }
  return checked;
}

export const prevalenceByArea: ComputedMetric<PrevalenceState, PrevalenceResult> = {
  id: metricId(ID),
  title: 'Prevalence and hot spots by area',
  description:
    "NRM referrals and Duty to Notify notifications made in the period (by referral date) in each local authority area, with the rate per 100,000 people where the caller gives the area's population, ranked from the highest rate. Areas with a population but no records are listed with a rate of 0. Records with no area are counted as Not recorded.",
  source: 'computed',
  unit: 'per-100000',
  headlineDescription:
    'Records in the areas with a population given, per 100,000 of their combined population.',
  fields: ['kind', 'referralDate', 'localAuthorityArea'],
  parameters: ['populations'],
  calculator(params) {
    const { start, end, period } = windowOf(params, ID);
    const populations = checkedPopulations(params.populations);
    return {
      init: () => ({ byArea: new Map(), notRecorded: [0, 0] }),
      add(state, record) {
        if (record.kind < 0 || !within(record.referralDay, start, end)) return state;
        const area = record.area;
        if (area === undefined) {
          state.notRecorded[record.kind as 0 | 1]++;
          return state;
        }
        let counts = state.byArea.get(area);
        if (counts === undefined) {
          counts = [0, 0];
          state.byArea.set(area, counts);
        }
        counts[record.kind as 0 | 1]++;
        return state;
      },
      merge(a, b) {
        for (const [area, [nrm, dtn]] of b.byArea) {
          const counts = a.byArea.get(area);
          if (counts === undefined) a.byArea.set(area, [nrm, dtn]);
          else {
            counts[0] += nrm;
            counts[1] += dtn;
          }
        }
        a.notRecorded[0] += b.notRecorded[0];
        a.notRecorded[1] += b.notRecorded[1];
        return a;
      },
      result(state) {
        const names = new Set([...state.byArea.keys(), ...populations.keys()]);
        const unranked: AreaFigures[] = [...names].map((area) => {
          const [nrm, dtn] = state.byArea.get(area) ?? [0, 0];
          const population = populations.get(area);
          const count = nrm + dtn;
          return {
            area,
            nrm,
            dtn,
            count,
            population,
            ratePer100000: population === undefined ? undefined : (count / population) * 100_000,
            rank: undefined,
          };
        });
        const withRate = unranked
          .filter((figures) => figures.ratePer100000 !== undefined)
          .sort(
            (a, b) =>
              (b.ratePer100000 as number) - (a.ratePer100000 as number) ||
              b.count - a.count ||
              a.area.localeCompare(b.area),
          );
        const ranked = withRate.map((figures, index) => {
          let first = index;
          while (first > 0 && withRate[first - 1]?.ratePer100000 === figures.ratePer100000) first--;
          return { ...figures, rank: first + 1 };
        });
        const rest = unranked
          .filter((figures) => figures.ratePer100000 === undefined)
          .sort((a, b) => b.count - a.count || a.area.localeCompare(b.area));
        const areas = [...ranked, ...rest];
        const cells = [...areas.map((figures) => [figures.nrm, figures.dtn]), [...state.notRecorded]];
        const withPopulation = ranked.reduce(
          (sum, figures) => ({
            count: sum.count + figures.count,
            population: sum.population + (figures.population ?? 0),
          }),
          { count: 0, population: 0 },
        );
        return {
          period,
          areas,
          notRecorded: { nrm: state.notRecorded[0], dtn: state.notRecorded[1] },
          overallRatePer100000:
            withPopulation.population === 0
              ? undefined
              : (withPopulation.count / withPopulation.population) * 100_000,
          table: {
            id: ID,
            title: titled('NRM referrals and Duty to Notify reports by local authority area', period),
            rowHeading: 'Local authority area',
            columnHeading: 'Kind',
            rows: [
              ...areas.map((figures) => ({ key: figures.area, label: figures.area })),
              { key: 'not-recorded', label: 'Not recorded' },
            ],
            columns: [
              { key: 'nrm-referral', label: 'NRM referrals' },
              { key: 'notification', label: 'Duty to Notify reports' },
            ],
            rowsAddUp: true,
            columnsAddUp: true,
            cells,
            ...totalsOf(cells, 2),
          },
        };
      },
    };
  },
  headline: (result) => result.overallRatePer100000,
  disclosureCounts: (result) => [
    result.areas.filter((area) => area.rank !== undefined).reduce((sum, area) => sum + area.count, 0),
  ],
};
