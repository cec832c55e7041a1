import { describe, expect, it } from 'vitest';
import { RESPONDER_TYPES } from '../vocabulary/responder-types.js';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  organisationKindSchema,
  RESPONDER_TYPE_OF_KIND,
} from './organisation-kinds.js';

describe('organisation kinds', () => {
  it('label every kind', () => {
    expect(Object.keys(ORGANISATION_KIND_LABELS)).toEqual([...ORGANISATION_KINDS]);
    expect(ORGANISATION_KIND_LABELS.glaa).toBe('Gangmasters and Labour Abuse Authority or Fair Work Agency');
  });

  it('count every police body and regional unit as police, and a combined authority as a local authority', () => {
    expect(RESPONDER_TYPE_OF_KIND.police).toBe('police');
    expect(RESPONDER_TYPE_OF_KIND['other-police']).toBe('police');
    expect(RESPONDER_TYPE_OF_KIND.rocu).toBe('police');
    expect(RESPONDER_TYPE_OF_KIND['combined-authority']).toBe('local-authority');
    for (const kind of ORGANISATION_KINDS) expect(RESPONDER_TYPES).toContain(RESPONDER_TYPE_OF_KIND[kind]);
  });

  it('rejects any other kind with a plain-English message', () => {
    expect(organisationKindSchema.safeParse('rocu').success).toBe(true);
    expect(organisationKindSchema.safeParse('council').error?.issues[0]?.message).toBe(
      'Select the kind of organisation',
    );
  });
});
