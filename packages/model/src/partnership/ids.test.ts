import { describe, expect, it } from 'vitest';
import { InvalidIdError } from './errors.js';
import {
  actionId,
  actionPlanId,
  communityMeetingId,
  ID_PATTERN,
  METRIC_ID_PATTERN,
  measureId,
  metricId,
  metricIdSchema,
  outcomeId,
  partnershipId,
  partnershipIdSchema,
  pledgeId,
  strategyId,
  subGroupId,
} from './ids.js';

describe('ids', () => {
  it('accepts lowercase words and numbers joined by single hyphens', () => {
    for (const good of ['derby-and-derbyshire', 'northamptonshire-2018-2020', 'wasp', '2016']) {
      expect(ID_PATTERN.test(good)).toBe(true);
      expect(partnershipIdSchema.safeParse(good).success).toBe(true);
    }
  });

  it('rejects capitals, spaces, punctuation and stray hyphens', () => {
    for (const bad of [
      'Derby',
      'derby and derbyshire',
      'derby_and',
      'derby--and',
      '-derby',
      'derby-',
      'derby.and',
    ]) {
      expect(ID_PATTERN.test(bad)).toBe(false);
      expect(partnershipIdSchema.safeParse(bad).error?.issues[0]?.message).toBe(
        'Enter the partnership id using lowercase letters, numbers and hyphens, like derby-and-derbyshire',
      );
    }
  });

  it('asks for a missing or empty id and limits its length to 100 characters', () => {
    expect(partnershipIdSchema.safeParse(undefined).error?.issues[0]?.message).toBe(
      'Enter the partnership id',
    );
    expect(partnershipIdSchema.safeParse('').error?.issues[0]?.message).toBe('Enter the partnership id');
    expect(partnershipIdSchema.safeParse('a'.repeat(100)).success).toBe(true);
    expect(partnershipIdSchema.safeParse('a'.repeat(101)).error?.issues[0]?.message).toBe(
      'The partnership id must be 100 characters or fewer',
    );
  });

  it('makes each kind of id from a valid string, unchanged', () => {
    expect(partnershipId('derby-and-derbyshire')).toBe('derby-and-derbyshire');
    expect(strategyId('northamptonshire-2018-2020')).toBe('northamptonshire-2018-2020');
    expect(actionPlanId('cheshire-joint-plan')).toBe('cheshire-joint-plan');
    expect(actionId('risk-assessment')).toBe('risk-assessment');
    expect(pledgeId('cheshire-pledge')).toBe('cheshire-pledge');
    expect(outcomeId('raise-awareness')).toBe('raise-awareness');
    expect(measureId('nrm-and-dtn-referrals')).toBe('nrm-and-dtn-referrals');
    expect(subGroupId('awareness-raising')).toBe('awareness-raising');
    expect(communityMeetingId('wolverhampton-pact')).toBe('wolverhampton-pact');
    expect(metricId('referrals.nrm-and-dtn.count')).toBe('referrals.nrm-and-dtn.count');
  });

  it('throws a typed error naming the kind of id but not the value', () => {
    const makers: [(value: string) => string, string][] = [
      [partnershipId, 'partnership'],
      [strategyId, 'strategy'],
      [actionPlanId, 'action plan'],
      [actionId, 'action'],
      [pledgeId, 'pledge'],
      [outcomeId, 'outcome'],
      [measureId, 'measure'],
      [subGroupId, 'sub-group'],
      [communityMeetingId, 'community meeting'],
      [metricId, 'metric'],
    ];
    for (const [make, kind] of makers) {
      let caught: unknown;
      try {
        make('Jane Doe 1984');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidIdError);
      const error = caught as InvalidIdError;
      expect(error.code).toBe('model.id.invalid');
      expect(error.kind).toBe(kind);
      expect(error.message).toContain(`Invalid ${kind} id`);
      expect(error.message).not.toContain('Jane');
    }
  });

  it('throws InvalidIdError, not a TypeError of zod’s, for a value that is not a string', () => {
    for (const value of [undefined, 42, { length: Symbol('length') }, ['derby'], Symbol('id')]) {
      expect(() => partnershipId(value as never)).toThrow(InvalidIdError);
      expect(() => metricId(value as never)).toThrow(InvalidIdError);
    }
  });
});

describe('metric ids', () => {
  it('are two or more dot-separated segments starting with a letter', () => {
    for (const good of [
      'referrals.nrm-and-dtn.count',
      'awareness.local-reporting-and-surveys',
      'outcomes.victims.at-45-days-and-beyond',
      'outcomes.45-days',
    ]) {
      expect(METRIC_ID_PATTERN.test(good)).toBe(true);
    }
    for (const bad of [
      'referrals',
      'Referrals.count',
      '1referrals.count',
      'referrals..count',
      'referrals.count.',
      'a.b-',
    ]) {
      expect(METRIC_ID_PATTERN.test(bad)).toBe(false);
    }
  });

  it('gives a plain-English message for a malformed metric id', () => {
    expect(metricIdSchema.safeParse('referrals').error?.issues[0]?.message).toBe(
      'Enter the metric id as dot-separated lowercase words, like referrals.nrm-and-dtn.count',
    );
    expect(metricIdSchema.safeParse(undefined).error?.issues[0]?.message).toBe('Enter the metric id');
  });
});
