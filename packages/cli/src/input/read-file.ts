import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';

/** The full path of a file named on the command line, read from the command's folder. Internal. */
export function pathIn(io: CliIo, file: string): string {
  return resolve(io.cwd, file);
}

/**
 * A one-line, actionable message for a failure to read or write a file, naming the file as the
 * person gave it and never its contents. Internal.
 */
export function fileErrorMessage(file: string, error: unknown, action: 'read' | 'write' = 'read'): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? `Cannot find ${file}: check the file name and the folder`
        : `Cannot write ${file}: its folder does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot ${action} ${file}: permission denied`;
    case 'EISDIR':
      return `${file} is a folder: give a file`;
    case 'ENOTDIR':
      return `Cannot ${action} ${file}: part of the path is a file, not a folder`;
    default:
      return `Cannot ${action} ${file}${typeof code === 'string' ? ` (${code})` : ''}`;
  }
}

/** The size of a file in bytes, checking that it exists and is a file. Internal. */
export async function fileSize(io: CliIo, file: string): Promise<number> {
  try {
    const stats = await stat(pathIn(io, file));
    if (stats.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    return stats.size;
  } catch (error) {
    throw new CliError(fileErrorMessage(file, error));
  }
}

/** A text file's contents, as UTF-8 without a byte order mark. Internal. */
export async function readTextFile(io: CliIo, file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(pathIn(io, file), 'utf8');
  } catch (error) {
    throw new CliError(fileErrorMessage(file, error));
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Where a JSON syntax error is, as `line 3, column 5`, from the position the parser reports. */
function whereInText(text: string, message: string): string | undefined {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return /end of JSON input/.test(message) ? 'it ends too soon' : undefined;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Parses JSON text. A syntax error becomes a {@link CliError} that says where the error is but
 * never quotes the text, which may hold personal data (the parser's own message can). Internal.
 */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = whereInText(text, error instanceof Error ? error.message : '');
    throw new CliError(`${file} is not valid JSON${where === undefined ? '' : ` (${where})`}`);
  }
}

/** A JSON file's parsed contents. Internal. */
export async function readJsonFile(io: CliIo, file: string): Promise<unknown> {
  return parseJsonText(file, await readTextFile(io, file));
}
