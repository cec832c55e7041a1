import { describe, expect, it } from 'vitest';
import { jurisdictionSchema } from './jurisdiction-schema.js';
import { JURISDICTION_LABELS, JURISDICTIONS } from './jurisdictions.js';
import { SECTOR_LABELS, SECTORS, sectorSchema } from './sectors.js';

describe('jurisdictions', () => {
  it('are the four UK nations as the form records them', () => {
    expect(JURISDICTIONS).toEqual(['england', 'wales', 'scotland', 'northern-ireland']);
    expect(Object.keys(JURISDICTION_LABELS)).toEqual([...JURISDICTIONS]);
  });

  it('rejects a non-UK jurisdiction with a plain-English message', () => {
    const result = jurisdictionSchema.safeParse('isle-of-man');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Select England, Wales, Scotland or Northern Ireland');
  });
});

describe('sectors', () => {
  it('label every sector and accept only listed ones', () => {
    expect(Object.keys(SECTOR_LABELS)).toEqual([...SECTORS]);
    expect(sectorSchema.safeParse('statutory').success).toBe(false);
    expect(sectorSchema.safeParse('faith').success).toBe(true);
  });
});
