import type { Jurisdiction } from '@antislavery/model';
import type { LiteralValue, Parameter } from '@antislavery/rules';
import { NRM_START } from './as-of.js';
import { citationOf, type SourceRef } from './cite.js';

/** One version of a pathway parameter, with its sources and any assumption it rests on. Internal. */
export type ParameterEntry<Value extends string | number> = {
  readonly from: string;
  readonly to?: string;
  readonly value: Value;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
  readonly note?: string;
};

/** A pathway parameter: what it is, its unit and its versions in each nation. Internal. */
export type ParameterDefinition<Value extends string | number> = {
  readonly description: string;
  readonly unit?: string;
  readonly versions: Readonly<Record<Jurisdiction, readonly ParameterEntry<Value>[]>>;
};

const everywhere = <Value extends string | number>(
  versions: readonly ParameterEntry<Value>[],
): Readonly<Record<Jurisdiction, readonly ParameterEntry<Value>[]>> => ({
  england: versions,
  wales: versions,
  scotland: versions,
  'northern-ireland': versions,
});

const RECOVERY_ENGLAND_AND_WALES: readonly ParameterEntry<number>[] = [
  {
    from: NRM_START,
    to: '2023-01-29',
    value: 45,
    sources: ['S28'],
    note: 'The sources give the day the 45-day recovery period ended, not the day it began; it is taken to apply from the start of the NRM.',
  },
  {
    from: '2023-01-30',
    value: 30,
    sources: ['S22', 'S23'],
    note: 'At least 30 days (announced on 13 December 2022).',
  },
];

const MOVE_ON_ENGLAND_AND_WALES: readonly ParameterEntry<number>[] = [
  {
    from: NRM_START,
    to: '2017-10-25',
    value: 14,
    sources: ['S29', 'S30'],
    note: 'The sources say move-on support was 14 days before it became 45, but not from when; it is taken to apply from the start of the NRM.',
  },
  {
    from: '2017-10-26',
    value: 45,
    sources: ['S29', 'S30'],
    note: 'At least 45 days. The start date is unconfirmed: the longer support was announced on 26 October 2017, and is taken to apply from that day.',
  },
];

/** The pathway's effective-dated parameters, by name. Internal. */
export const PARAMETER_DEFINITIONS = {
  recoveryPeriodDays: {
    description: 'the recovery period',
    unit: 'days',
    versions: {
      england: RECOVERY_ENGLAND_AND_WALES,
      wales: RECOVERY_ENGLAND_AND_WALES,
      scotland: [
        {
          from: '2018-04-01',
          value: 90,
          sources: ['S33'],
          note: 'Adult support in Scotland: 90 days from the reasonable grounds decision, or until the conclusive grounds decision if that is sooner. The sources give no value for Scotland before 1 April 2018.',
        },
      ],
      'northern-ireland': [
        {
          from: NRM_START,
          value: 45,
          sources: ['S35'],
          note: 'Adult support in Northern Ireland: 45 days or longer. The sources give no start date; it is taken to apply from the start of the NRM.',
        },
      ],
    },
  },
  rgDecisionTargetWorkingDays: {
    description: 'the target for the reasonable grounds decision after a referral, where possible',
    unit: 'working days',
    versions: everywhere([
      { from: NRM_START, value: 5, sources: ['S19', { tag: 'S12', section: 'confirmation' }] },
    ]),
  },
  cgEarliestDaysAfterRg: {
    description: 'the earliest the conclusive grounds decision is made after the reasonable grounds decision',
    unit: 'calendar days',
    versions: everywhere([
      { from: NRM_START, to: '2023-01-29', value: 45, sources: ['S16', 'S19'] },
      { from: '2023-01-30', value: 30, sources: ['S16', 'S19'] },
    ]),
  },
  moveOnSupportDays: {
    description: 'move-on support after a positive conclusive grounds decision',
    unit: 'days',
    versions: {
      england: MOVE_ON_ENGLAND_AND_WALES,
      wales: MOVE_ON_ENGLAND_AND_WALES,
      scotland: [],
      'northern-ireland': [],
    },
  },
  reconsiderationWindowDays: {
    description: 'the time to ask for a negative decision to be reconsidered',
    unit: 'calendar days',
    versions: everywhere([
      {
        from: '2024-02-01',
        value: 30,
        sources: ['S31', 'S31b'],
        note: 'The sources say "from February 2024"; it is taken to apply from 1 February 2024.',
      },
    ]),
  },
  rgTest: {
    description: 'the test for a reasonable grounds decision',
    versions: everywhere([
      { from: NRM_START, to: '2023-01-29', value: 'suspect but cannot prove', sources: ['S7', 'S23'] },
      {
        from: '2023-01-30',
        to: '2023-06-27',
        value:
          'reasonable grounds to believe, based on objective factors but falling short of conclusive proof, that a person is a victim',
        sources: ['S16', 'S23', 'S24'],
      },
      {
        from: '2023-07-24',
        value:
          'reasonable grounds to believe that an individual is a victim, on all general and specific evidence',
        sources: ['S25', 'S26'],
        note: 'The sources do not say which test applied from 28 June to 23 July 2023, so no test is given for those dates.',
      },
    ]),
  },
} as const satisfies Readonly<Record<string, ParameterDefinition<number> | ParameterDefinition<string>>>;

/** The name of a pathway parameter. Internal. */
export type ParameterName = keyof typeof PARAMETER_DEFINITIONS;

/** The parameters of a nation's rule set, in the engine's form, locked. Internal. */
export function nationalParameters(jurisdiction: Jurisdiction): Record<string, Parameter<LiteralValue>> {
  const parameters: Record<string, Parameter<LiteralValue>> = {};
  for (const [name, definition] of Object.entries(PARAMETER_DEFINITIONS)) {
    const entries: readonly ParameterEntry<string | number>[] = definition.versions[jurisdiction];
    if (entries.length === 0) continue;
    parameters[name] = {
      description: definition.description,
      ...('unit' in definition ? { unit: definition.unit } : {}),
      locked: true,
      versions: entries.map((entry) => ({
        from: entry.from,
        ...(entry.to === undefined ? {} : { to: entry.to }),
        value: entry.value,
        citation: citationOf(entry.sources[0]),
      })),
    };
  }
  return parameters;
}
