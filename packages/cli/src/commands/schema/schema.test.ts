import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspace } from '../../test-support/harness.js';
import { SCHEMA_NAMES } from './schema-names.js';

const ws = workspace();
afterAll(() => ws.remove());
beforeAll(async () => {
  await import('./schema.js');
}, 60_000);

async function schemaOf(name: string): Promise<Record<string, unknown>> {
  const result = await ws.run(['schema', name]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout.endsWith('}\n')).toBe(true);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const propertiesOf = (schema: Record<string, unknown>) => Object.keys(schema.properties as object);

describe('antislavery schema', () => {
  it('prints a draft 2020-12 JSON Schema for every name', async () => {
    for (const name of SCHEMA_NAMES) {
      expect((await schemaOf(name)).$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('describes each record and file by its own fields', async () => {
    expect((await schemaOf('case-record')).required).toEqual(
      expect.arrayContaining(['reference', 'kind', 'referralDate', 'exploitationTypes', 'jurisdiction']),
    );
    expect(propertiesOf(await schemaOf('referral'))).toEqual(
      expect.arrayContaining(['firstResponder', 'consent', 'person']),
    );
    expect(propertiesOf(await schemaOf('notification'))).toContain('cooperation');
    expect((await schemaOf('rule-set')).required).toEqual(['name', 'rules']);
    expect((await schemaOf('case-file')).required).toEqual(['cases']);
    expect((await schemaOf('local-pathway')).required).toEqual(['name', 'jurisdiction']);
    expect((await schemaOf('pathway-facts')).required).toEqual(['jurisdiction', 'responder', 'person']);
    expect((await schemaOf('partnership')).required).toEqual(
      expect.arrayContaining(['id', 'name', 'area', 'jurisdiction']),
    );
  });

  it('lists the names when given one it does not know', async () => {
    expect(await ws.run(['schema', 'referrals'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'antislavery: Give the name of a schema: referral, notification, case-record, rule-set, case-file, local-pathway, pathway-facts or partnership\n',
    });
  });
});
