import { DEFAULT_MAX_BODY_BYTES } from './read-json-body.js';

/** The port the service listens on unless `PORT` says otherwise. */
export const DEFAULT_PORT = 3000;

/**
 * How `src/main.ts` starts the service, read from the environment: the port (`PORT`, 3000
 * unless given) and the largest body accepted (`MAX_BODY_BYTES`, 1 MiB unless given), or what
 * is wrong with them.
 *
 * @example
 * ```ts
 * import type { ServerConfig } from './server-config.js';
 *
 * const config: ServerConfig = { ok: true, port: 3000, maxBodyBytes: 1_048_576 };
 * ```
 */
export type ServerConfig =
  | { readonly ok: true; readonly port: number; readonly maxBodyBytes: number }
  | { readonly ok: false; readonly message: string };

const wholeNumber = (text: string | undefined, min: number, max: number): number | undefined => {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
};

/**
 * Reads the service's settings from environment variables. Never throws.
 *
 * @param env - the environment, such as `process.env`
 *
 * @example
 * ```ts
 * import { readServerConfig } from './server-config.js';
 *
 * readServerConfig({ PORT: '8080' });
 * //=> { ok: true, port: 8080, maxBodyBytes: 1048576 }
 * readServerConfig({ PORT: 'eighty' });
 * //=> { ok: false, message: 'Set PORT to a whole number from 0 to 65535' }
 * ```
 */
export function readServerConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const port = env.PORT === undefined ? DEFAULT_PORT : wholeNumber(env.PORT, 0, 65_535);
  if (port === undefined) return { ok: false, message: 'Set PORT to a whole number from 0 to 65535' };
  const maxBodyBytes =
    env.MAX_BODY_BYTES === undefined
      ? DEFAULT_MAX_BODY_BYTES
      : wholeNumber(env.MAX_BODY_BYTES, 1, Number.MAX_SAFE_INTEGER);
  if (maxBodyBytes === undefined) {
    return { ok: false, message: 'Set MAX_BODY_BYTES to a whole number of bytes, 1 or more' };
  }
  return { ok: true, port, maxBodyBytes };
}
