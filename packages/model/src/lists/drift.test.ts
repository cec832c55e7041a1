import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRY_VALUES } from './data/countries.js';
import { FIRST_RESPONDER_ORGANISATION_VALUES } from './data/first-responder-organisations.js';
import { LOCAL_AUTHORITY_VALUES } from './data/local-authorities.js';
import { NATIONALITY_VALUES } from './data/nationalities.js';
import { POLICE_FORCE_VALUES } from './data/police-forces.js';
import { UK_CITY_AND_TOWN_VALUES } from './data/uk-cities-and-towns.js';
import { UK_REGION_VALUES } from './data/uk-regions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const listsFolder = path.resolve(here, '../../../../../shared/domain/lists');
const repositoryRoot = path.resolve(here, '../../../..');
const present = existsSync(listsFolder);

const GENERATED: readonly [file: string, values: readonly string[]][] = [
  ['first-responder-organisations', FIRST_RESPONDER_ORGANISATION_VALUES],
  ['local-authorities', LOCAL_AUTHORITY_VALUES],
  ['police-forces', POLICE_FORCE_VALUES],
  ['nationalities', NATIONALITY_VALUES],
  ['countries', COUNTRY_VALUES],
  ['uk-regions', UK_REGION_VALUES],
  ['uk-cities-and-towns', UK_CITY_AND_TOWN_VALUES],
];

const title = present
  ? 'generated lists against the shared lists folder'
  : 'generated lists against the shared lists folder (skipped: shared/domain/lists is not beside the repository, so there is nothing to compare with)';

describe.skipIf(!present)(title, () => {
  const readJson = (name: string): { source: string; count: number; values: string[] } =>
    JSON.parse(readFileSync(path.join(listsFolder, `${name}.json`), 'utf8'));

  it.each(GENERATED)('%s holds exactly the JSON values, in order', (name, values) => {
    const json = readJson(name);
    expect(values).toEqual(json.values);
    expect(values).toHaveLength(json.count);
  });

  it.each(GENERATED)('%s names the JSON’s source in its header', (name) => {
    const header = readFileSync(path.join(here, 'data', `${name}.ts`), 'utf8')
      .split('\n')
      .slice(0, 3)
      .join('\n');
    expect(header).toContain(`Source: ${readJson(name).source}`);
  });

  it('matches what the sync script would write today, byte for byte', () => {
    const output = execFileSync(
      process.execPath,
      [path.join(repositoryRoot, 'scripts/sync-lists.mjs'), '--check', listsFolder],
      { encoding: 'utf8' },
    );
    expect(output).toContain('All 7 generated lists match their JSON.');
  });
});
