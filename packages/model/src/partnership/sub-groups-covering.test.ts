import { describe, expect, it } from 'vitest';
import { subGroupId } from './ids.js';
import type { SubGroup } from './sub-group.js';
import { subGroupsCovering } from './sub-groups-covering.js';

const subGroup = (id: string, pillars: SubGroup['pillars'][number]['pillar'][]): SubGroup => ({
  id: subGroupId(id),
  name: id,
  pillars: pillars.map((pillar) => ({ pillar, wording: pillar })),
});

describe('subGroupsCovering', () => {
  const partnership = {
    subGroups: [
      subGroup('enforcement', ['pursue', 'prevent']),
      subGroup('victims', ['protect', 'prepare']),
      subGroup('awareness', ['protect']),
    ],
  };

  it('gives every sub-group covering the P, in order', () => {
    expect(subGroupsCovering(partnership, 'protect').map((group) => group.id)).toEqual([
      'victims',
      'awareness',
    ]);
    expect(subGroupsCovering(partnership, 'pursue').map((group) => group.id)).toEqual(['enforcement']);
  });

  it('gives none when no sub-group covers the P or there are no sub-groups', () => {
    expect(subGroupsCovering({ subGroups: [subGroup('awareness', ['protect'])] }, 'pursue')).toEqual([]);
    expect(subGroupsCovering({}, 'pursue')).toEqual([]);
  });
});
