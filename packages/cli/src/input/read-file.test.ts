import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { collectingIo, workspace } from '../test-support/harness.js';
import { fileErrorMessage, fileSize, parseJsonText, readJsonFile, readTextFile } from './read-file.js';

const ws = workspace();
afterAll(() => ws.remove());
const { io } = collectingIo(ws.dir);

describe('fileErrorMessage', () => {
  it('says what to do for each way reading or writing fails, naming the file as given', () => {
    expect(fileErrorMessage('a.csv', { code: 'ENOENT' })).toBe(
      'Cannot find a.csv: check the file name and the folder',
    );
    expect(fileErrorMessage('out/a.html', { code: 'ENOENT' }, 'write')).toBe(
      'Cannot write out/a.html: its folder does not exist',
    );
    expect(fileErrorMessage('a.csv', { code: 'EACCES' })).toBe('Cannot read a.csv: permission denied');
    expect(fileErrorMessage('a.csv', { code: 'EPERM' }, 'write')).toBe(
      'Cannot write a.csv: permission denied',
    );
    expect(fileErrorMessage('cases', { code: 'EISDIR' })).toBe('cases is a folder: give a file');
    expect(fileErrorMessage('a.csv/b', { code: 'ENOTDIR' })).toBe(
      'Cannot read a.csv/b: part of the path is a file, not a folder',
    );
    expect(fileErrorMessage('a.csv', { code: 'EIO' })).toBe('Cannot read a.csv (EIO)');
    expect(fileErrorMessage('a.csv', null)).toBe('Cannot read a.csv');
  });
});

describe('reading files', () => {
  it('reads text without a byte order mark', async () => {
    ws.write('bom.txt', '\uFEFFreference');
    expect(await readTextFile(io, 'bom.txt')).toBe('reference');
  });

  it('gives the size of a file, and a usage error for a folder or a missing file', async () => {
    ws.write('five.txt', '12345');
    expect(await fileSize(io, 'five.txt')).toBe(5);
    ws.write('folder/inside.txt', 'x');
    await expect(fileSize(io, 'folder')).rejects.toThrow('folder is a folder: give a file');
    await expect(fileSize(io, 'nowhere.txt')).rejects.toThrow('Cannot find nowhere.txt');
    await expect(readTextFile(io, 'folder')).rejects.toThrow('folder is a folder: give a file');
  });

  it('parses JSON files', async () => {
    ws.write('facts.json', { jurisdiction: 'england' });
    expect(await readJsonFile(io, 'facts.json')).toEqual({ jurisdiction: 'england' });
  });
});

describe('parseJsonText', () => {
  it('never quotes the text of a file that is not valid JSON', () => {
    const error = (() => {
      try {
        parseJsonText('facts.json', '{"name": Jane Doe}');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/^facts\.json is not valid JSON( \(line 1, column \d+\))?$/);
    expect((error as CliError).message).not.toContain('Jane');
  });

  it('says where the error is when the parser gives its position', () => {
    // Only some parser messages give a position; this one does in every Node version since 20.
    expect(() => parseJsonText('a.json', '{\n  "a": 1,\n  }')).toThrow(
      /^a\.json is not valid JSON \(line 3, column 3\)$/,
    );
  });

  it('says an empty file ends too soon', () => {
    expect(() => parseJsonText('a.json', '')).toThrow('a.json is not valid JSON (it ends too soon)');
  });
});
