import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { collectingIo, workspace } from '../test-support/harness.js';
import { readColumnMapping } from './column-mapping.js';

const ws = workspace();
afterAll(() => ws.remove());
const { io } = collectingIo(ws.dir);

async function issuesOf(mapping: unknown): Promise<readonly string[]> {
  ws.write('map.json', JSON.stringify(mapping));
  try {
    await readColumnMapping(io, 'map.json');
  } catch (error) {
    if (error instanceof CliError) {
      expect(error.message).toBe('map.json is not a column mapping the command can use');
      return error.details;
    }
    throw error;
  }
  throw new Error('expected the mapping to be refused');
}

describe('readColumnMapping', () => {
  it('reads field names, value maps, separators and flags', async () => {
    const mapping = {
      'Case Ref': 'reference',
      Sex: { field: 'gender', values: { F: 'female', M: 'male' } },
      Types: { field: 'exploitationTypes', separator: '|' },
      ForcedCrime: { field: 'exploitationTypes', flag: 'forced-to-commit-crime' },
    };
    ws.write('map.json', mapping);
    expect(await readColumnMapping(io, 'map.json')).toEqual(mapping);
  });

  it('refuses a field that is not a case record field, with the column it is for', async () => {
    expect(await issuesOf({ 'Case Ref': 'referenceNumber' })).toEqual([
      'Case Ref: Give a case record field, or an object with a field',
    ]);
    expect(await issuesOf({ Sex: { field: 'sex' } })).toEqual([
      'Sex: Give a case record field, or an object with a field',
    ]);
  });

  it('refuses a mapping that is not an object', async () => {
    expect(await issuesOf(['reference'])).toEqual([
      '(the file): Give the column mapping as a JSON object of column names to case record fields',
    ]);
  });
});
