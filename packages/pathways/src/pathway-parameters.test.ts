import { describe, expect, it } from 'vitest';
import { InvalidAsOfError, InvalidJurisdictionError } from './errors.js';
import { pathwayParameters } from './pathway-parameters.js';

const value = (jurisdiction: Parameters<typeof pathwayParameters>[0]['jurisdiction'], asOf: string) => {
  const parameters = pathwayParameters({ jurisdiction, asOf });
  return {
    recovery: parameters.recoveryPeriodDays?.value ?? null,
    rgTarget: parameters.rgDecisionTargetWorkingDays?.value ?? null,
    cgEarliest: parameters.cgEarliestDaysAfterRg?.value ?? null,
    moveOn: parameters.moveOnSupportDays?.value ?? null,
    reconsideration: parameters.reconsiderationWindowDays?.value ?? null,
  };
};

describe('pathwayParameters', () => {
  it('gives England and Wales a 45-day recovery period to 29 January 2023 and 30 days from 30 January 2023', () => {
    expect(value('england', '2023-01-29')).toEqual({
      recovery: 45,
      rgTarget: 5,
      cgEarliest: 45,
      moveOn: 45,
      reconsideration: null,
    });
    expect(value('wales', '2023-01-30')).toEqual({
      recovery: 30,
      rgTarget: 5,
      cgEarliest: 30,
      moveOn: 45,
      reconsideration: null,
    });
  });

  it('gives Scotland 90 days of support from 1 April 2018, and no value before', () => {
    expect(value('scotland', '2018-03-31').recovery).toBeNull();
    expect(
      pathwayParameters({ jurisdiction: 'scotland', asOf: '2018-04-01' }).recoveryPeriodDays,
    ).toMatchObject({
      value: 90,
      unit: 'days',
      from: '2018-04-01',
      citation: {
        title: 'Scottish Government circular on the Human Trafficking and Exploitation (Scotland) Act 2015',
      },
    });
  });

  it('gives Northern Ireland 45 days, and neither Scotland nor Northern Ireland a move-on period', () => {
    expect(value('northern-ireland', '2026-04-01')).toEqual({
      recovery: 45,
      rgTarget: 5,
      cgEarliest: 30,
      moveOn: null,
      reconsideration: 30,
    });
    expect(value('scotland', '2026-04-01').moveOn).toBeNull();
  });

  it('moves move-on support from 14 to 45 days on 26 October 2017, noting that the start is unconfirmed', () => {
    expect(value('england', '2017-10-25').moveOn).toBe(14);
    const moveOn = pathwayParameters({ jurisdiction: 'england', asOf: '2017-10-26' }).moveOnSupportDays;
    expect(moveOn?.value).toBe(45);
    expect(moveOn?.note).toContain('unconfirmed');
  });

  it('opens the 30-day reconsideration window from 1 February 2024', () => {
    expect(value('england', '2024-01-31').reconsideration).toBeNull();
    expect(value('england', '2024-02-01').reconsideration).toBe(30);
  });

  it('gives the reasonable grounds test in force, and none in the unconfirmed gap of June and July 2023', () => {
    const test = (asOf: string) => pathwayParameters({ jurisdiction: 'england', asOf }).rgTest?.value ?? null;
    expect(test('2023-01-29')).toBe('suspect but cannot prove');
    expect(test('2023-01-30')).toBe(
      'reasonable grounds to believe, based on objective factors but falling short of conclusive proof, that a person is a victim',
    );
    expect(test('2023-06-27')).not.toBeNull();
    expect(test('2023-06-28')).toBeNull();
    expect(test('2023-07-23')).toBeNull();
    expect(test('2023-07-24')).toBe(
      'reasonable grounds to believe that an individual is a victim, on all general and specific evidence',
    );
  });

  it('cites every source of a value, structured and as text', () => {
    const recovery = pathwayParameters({ jurisdiction: 'england', asOf: '2026-04-01' }).recoveryPeriodDays;
    expect(recovery?.sources.map((source) => source.title)).toEqual([
      'Hansard, Modern Slavery Statutory Guidance',
      'Youth Justice Legal Centre, Nationality and Borders Act 2022 and modern slavery victims',
    ]);
    expect(recovery?.citationText).toBe(
      'Hansard, Modern Slavery Statutory Guidance, version 13 December 2022; Youth Justice Legal Centre, Nationality and Borders Act 2022 and modern slavery victims',
    );
  });

  it('starts on the NRM’s first day and refuses earlier or unreal dates with a typed error', () => {
    expect(value('england', '2009-04-01').recovery).toBe(45);
    expect(() => pathwayParameters({ jurisdiction: 'england', asOf: '2009-03-31' })).toThrow(
      InvalidAsOfError,
    );
    expect(() => pathwayParameters({ jurisdiction: 'england', asOf: '2023-02-29' })).toThrow(
      InvalidAsOfError,
    );
  });

  it('refuses a jurisdiction that is not a nation with a typed error', () => {
    expect(() => pathwayParameters({ jurisdiction: 'uk' as never, asOf: '2026-04-01' })).toThrow(
      InvalidJurisdictionError,
    );
  });
});
