import { describe, expect, it } from 'vitest';
import {
  InvalidAsOfError,
  InvalidJurisdictionError,
  InvalidLocalPathwayError,
  InvalidPathwayFactsError,
} from './errors.js';
import type { PathwayIssue } from './issues.js';

const issue = (message: string, path: PathwayIssue['path']): PathwayIssue => ({
  severity: 'error',
  code: 'pathway.test',
  path,
  message,
});

describe('InvalidPathwayFactsError', () => {
  it('gives the first issue, where it is, and how many more there are', () => {
    const one = new InvalidPathwayFactsError([issue('Select the nation', ['jurisdiction'])]);
    expect(one.message).toBe('The pathway facts are not valid: Select the nation (at jurisdiction)');
    expect(one.name).toBe('InvalidPathwayFactsError');
    expect(one.code).toBe('pathways.facts.invalid');
    const two = new InvalidPathwayFactsError([
      issue('Select the nation', ['jurisdiction']),
      issue('Select whether they are under 18', ['person', 'under18']),
    ]);
    expect(two.message).toBe(
      'The pathway facts are not valid: Select the nation (at jurisdiction) and 1 more issue',
    );
    const three = new InvalidPathwayFactsError([
      issue('Enter the facts', []),
      issue('b', ['b']),
      issue('c', ['c']),
    ]);
    expect(three.message).toBe('The pathway facts are not valid: Enter the facts and 2 more issues');
    expect(three.issues).toHaveLength(3);
  });

  it('still says what is not valid when it is given no issues', () => {
    expect(new InvalidPathwayFactsError([]).message).toBe('The pathway facts are not valid');
  });
});

describe('InvalidLocalPathwayError', () => {
  it('names the local pathway details and the first issue', () => {
    const error = new InvalidLocalPathwayError([issue('Enter the name of the local pathway', ['name'])]);
    expect(error.message).toBe(
      'The local pathway details are not valid: Enter the name of the local pathway (at name)',
    );
    expect(error.name).toBe('InvalidLocalPathwayError');
    expect(error.code).toBe('pathways.local-pathway.invalid');
  });
});

describe('InvalidAsOfError', () => {
  it('says a date must be real, naming where it was given', () => {
    const error = new InvalidAsOfError('decidePathway(options.asOf)', 'not-a-date');
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('decidePathway(options.asOf): expected a real date written as YYYY-MM-DD');
    expect(error.name).toBe('InvalidAsOfError');
    expect(error.problem).toBe('not-a-date');
    expect(error.where).toBe('decidePathway(options.asOf)');
  });

  it('says a date must be on or after the start of the NRM', () => {
    expect(new InvalidAsOfError('f(asOf)', 'before-nrm').message).toBe(
      'f(asOf): the date must be on or after 1 April 2009, when the National Referral Mechanism began',
    );
  });
});

describe('InvalidJurisdictionError', () => {
  it('lists the four nations', () => {
    const error = new InvalidJurisdictionError('nationalRuleSet(jurisdiction)');
    expect(error.message).toBe(
      "nationalRuleSet(jurisdiction): expected 'england', 'wales', 'scotland' or 'northern-ireland'",
    );
    expect(error.name).toBe('InvalidJurisdictionError');
    expect(error.where).toBe('nationalRuleSet(jurisdiction)');
  });
});
