// docs/legal-sources.md lists every source the pathway rules cite. docs/pathway-rules.md is
// generated from the rules (and checked against them by the pathways package's tests), so this
// test reads the sources from there: each must be listed on docs/legal-sources.md as the rules
// give it, and every address a rule cites must appear.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './find-examples.js';

const read = (file: string) => readFileSync(join(ROOT, 'docs', file), 'utf8');
const rulesPage = read('pathway-rules.md');
const sourcesPage = read('legal-sources.md');

const sourceLines = rulesPage
  .slice(rulesPage.indexOf('\n## Sources'))
  .split('\n')
  .filter((line) => line.startsWith('- <a id="'));
const citedAddresses = [
  ...new Set([...rulesPage.matchAll(/^- Cites: .*\((https?:\/\/[^)\s]+)\)\.$/gm)].map((match) => match[1])),
];

describe('docs/legal-sources.md', () => {
  it('finds the sources and addresses on docs/pathway-rules.md', () => {
    expect(sourceLines.length).toBeGreaterThan(30);
    expect(citedAddresses.length).toBeGreaterThan(5);
  });

  it('lists every source the rules cite, as the rules give it', () => {
    const listed = new Set(sourcesPage.split('\n'));
    expect(sourceLines.filter((line) => !listed.has(line))).toEqual([]);
  });

  it('gives every address a rule cites', () => {
    expect(
      citedAddresses.filter((address) => address !== undefined && !sourcesPage.includes(address)),
    ).toEqual([]);
  });
});
