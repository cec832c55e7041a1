import { readFileSync } from 'node:fs';

/**
 * The version of `@antislavery/cli`, read from its `package.json` when asked for, so that it is
 * always the version published. Internal.
 */
export function cliVersion(): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
