import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from './json-schemas.js';

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  enum?: string[];
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  allOf?: Schema[];
};

const at = (schema: Schema, ...path: string[]): Schema => {
  let node = schema;
  for (const key of path) node = key === '[]' ? (node.items as Schema) : (node.properties?.[key] as Schema);
  return node;
};

describe('jsonSchemaOf', () => {
  const referral = jsonSchemaOf('nrm-referral') as Schema;

  it('describes a referral as a closed object with the form’s required groups', () => {
    expect(referral.type).toBe('object');
    expect(referral.additionalProperties).toBe(false);
    expect(referral.required).toEqual([
      'firstResponder',
      'jurisdiction',
      'age',
      'background',
      'exploitation',
      'treatment',
      'currentSituation',
      'lastContact',
      'reportedBefore',
      'assessment',
      'locations',
      'currentLocation',
      'exploiters',
      'exploitationTypes',
      'otherVictims',
      'futureRisk',
      'police',
      'cooperation',
      'person',
      'firstResponderContact',
    ]);
  });

  it('carries the form’s options, limits and formats', () => {
    expect(at(referral, 'jurisdiction').enum).toEqual(['england', 'wales', 'scotland', 'northern-ireland']);
    expect(at(referral, 'firstResponder', 'organisation').enum).toHaveLength(526);
    expect(at(referral, 'localAuthorityContact', 'localAuthority').enum).toHaveLength(451);
    expect(at(referral, 'person', 'nationality').enum).toHaveLength(222);
    expect(at(referral, 'background', 'birthplace').maxLength).toBe(15_000);
    expect(at(referral, 'support', 'alternativeRelationship').maxLength).toBe(250);
    expect(at(referral, 'person', 'dateOfBirth').format).toBe('date');
    expect(at(referral, 'person', 'gender').enum).toEqual(['female', 'male', 'unknown']);
    expect(at(referral, 'exploiters', 'locationKnown').type).toBe('boolean');
    expect(at(referral, 'locations', 'ukCities')).toMatchObject({ type: 'array', minItems: 1, maxItems: 10 });
    expect(at(referral, 'locations', 'overseasCountries', '[]').enum).not.toContain('United Kingdom');
    const email = at(referral, 'firstResponder', 'email');
    expect(email.allOf?.map((part) => new RegExp(part.pattern ?? '').test('name@example.com'))).toEqual([
      true,
      true,
    ]);
    expect(new RegExp(email.allOf?.[1]?.pattern ?? '').test('not an email')).toBe(false);
  });

  it('describes a notification without the fields a notification never has', () => {
    const notification = jsonSchemaOf('duty-to-notify-notification') as Schema;
    expect(Object.keys(notification.properties ?? {})).not.toContain('firstResponderContact');
    expect(Object.keys(at(notification, 'person').properties ?? {})).toEqual([
      'gender',
      'nationality',
      'secondNationality',
    ]);
    expect(notification.required).not.toContain('identity');
  });

  it('describes a case record as one flat row', () => {
    const record = jsonSchemaOf('case-record') as Schema;
    for (const property of Object.values(record.properties ?? {})) expect(property.type).not.toBe('object');
    expect(at(record, 'kind').enum).toEqual(['nrm-referral', 'notification']);
    expect(at(record, 'supportAt45Days').enum).toEqual([
      'in-support',
      'exited',
      'lost-contact',
      'returned-home',
      'withdrew-consent',
    ]);
  });

  it('is plain JSON', () => {
    for (const document of ['nrm-referral', 'duty-to-notify-notification', 'case-record'] as const) {
      const schema = jsonSchemaOf(document);
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    }
  });
});
