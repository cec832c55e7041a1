import { writeFile } from 'node:fs/promises';
import { CliError } from '../cli-error.js';
import { fileErrorMessage, pathIn } from '../input/read-file.js';
import type { CliIo } from '../io.js';

/** Writes a text file, relative to the command's folder. Internal. */
export async function writeTextFile(io: CliIo, file: string, text: string): Promise<void> {
  try {
    await writeFile(pathIn(io, file), text, 'utf8');
  } catch (error) {
    throw new CliError(fileErrorMessage(file, error, 'write'));
  }
}
