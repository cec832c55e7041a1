import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from './read-json-body.js';

describe('isJsonMediaType', () => {
  it('accepts application/json with or without parameters, in any case', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('Application/JSON; charset=utf-8')).toBe(true);
  });

  it('refuses other media types and a missing header', () => {
    expect(isJsonMediaType('text/plain')).toBe(false);
    expect(isJsonMediaType('application/jsonp')).toBe(false);
    expect(isJsonMediaType('multipart/form-data; boundary=x')).toBe(false);
    expect(isJsonMediaType(undefined)).toBe(false);
  });
});
