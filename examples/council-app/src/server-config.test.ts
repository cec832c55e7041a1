import { describe, expect, it } from 'vitest';
import { readServerConfig } from './server-config.js';

describe('readServerConfig', () => {
  it('listens on port 3000 and accepts 1 MiB bodies unless told otherwise', () => {
    expect(readServerConfig({})).toEqual({ ok: true, port: 3000, maxBodyBytes: 1_048_576 });
  });

  it('reads PORT and MAX_BODY_BYTES, port 0 meaning any free port', () => {
    expect(readServerConfig({ PORT: '0', MAX_BODY_BYTES: '2048' })).toEqual({
      ok: true,
      port: 0,
      maxBodyBytes: 2048,
    });
    expect(readServerConfig({ PORT: ' 65535 ' })).toMatchObject({ ok: true, port: 65_535 });
  });

  it('refuses a port that is not a whole number from 0 to 65535', () => {
    for (const PORT of ['', 'eighty', '-1', '65536', '80.5', '1e3']) {
      expect(readServerConfig({ PORT })).toEqual({
        ok: false,
        message: 'Set PORT to a whole number from 0 to 65535',
      });
    }
  });

  it('refuses a body limit that is not a whole number of 1 or more', () => {
    for (const MAX_BODY_BYTES of ['0', '1MiB', '-5', '']) {
      expect(readServerConfig({ MAX_BODY_BYTES })).toEqual({
        ok: false,
        message: 'Set MAX_BODY_BYTES to a whole number of bytes, 1 or more',
      });
    }
  });
});
