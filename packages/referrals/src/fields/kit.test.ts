import { describe, expect, it } from 'vitest';
import { isEmailAddress, isPhoneNumber, looksLikeWebAddress } from './kit.js';

describe('isEmailAddress, as the form’s email check', () => {
  it.each([
    'name@example.com',
    'first.last+tag@sub.example.co.uk',
    'a@b.cd',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %s', (address) => expect(isEmailAddress(address)).toBe(true));
  it.each([
    'no-at-sign.example.com',
    'two@@example.com',
    'a@b@example.com',
    'spaces in@example.com',
    'name@nodot',
    'name@-starts-with-hyphen.com',
    `${'a'.repeat(65)}@example.com`,
    `name@${'a'.repeat(64)}.com`,
    `name@${'abc.'.repeat(64)}com`,
    '',
  ])('rejects %s', (address) => expect(isEmailAddress(address)).toBe(false));
});

describe('isPhoneNumber, as the form’s internationalPhoneNumber check', () => {
  it.each([
    '07700 900982',
    '01632 960001',
    '020 7946 0018',
    '+44 808 157 0192',
    '+33 1 23 45 67 89',
    '(01632) 960-001',
  ])('accepts %s', (number) => expect(isPhoneNumber(number)).toBe(true));
  // The last is the form's own failing example (test/_ui-integration/nrm/validations.spec.js).
  it.each(['12345', '7700 900982', 'call me', '+44', '0770090098212', '01234567890123456789'])(
    'rejects %s',
    (number) => expect(isPhoneNumber(number)).toBe(false),
  );
});

describe('looksLikeWebAddress, as the form’s notUrl check', () => {
  it.each(['see https://example.com', 'http://x.y', 'www.example.com', 'FTP://files'])(
    'finds one in %s',
    (text) => expect(looksLikeWebAddress(text)).toBe(true),
  );
  it.each(['met at the station', 'email them at name@example.com', 'www', 'https:'])(
    'finds none in %s',
    (text) => expect(looksLikeWebAddress(text)).toBe(false),
  );
});
