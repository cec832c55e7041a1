// Finds every documented example: each ```ts block of README.md and of the guides in docs/, and
// each ```ts block in the TSDoc of the packages' sources. A block whose fence says `no-run`
// (```ts no-run) is type-checked but not run: for code that needs a file, a server or a terminal.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One ```ts block, where it was found and how to use it. */
export interface DocumentedExample {
  /** The file, from the repository root, with `/` separators. */
  readonly file: string;
  /** The line of the file where the code starts (1-based). */
  readonly line: number;
  /** What the block documents: the exported symbol after the comment, or the guide's heading. */
  readonly symbol: string;
  /** The test's name: the file and the symbol or block. */
  readonly name: string;
  /** The code, without the fence and without the comment's leading `*`. */
  readonly code: string;
  /** `run` to run it and check its results; `no-run` to type-check it only. */
  readonly mode: 'run' | 'no-run';
}

/** The words a fence may carry after `ts`. */
const FENCE_WORDS = new Set(['no-run']);

interface Block {
  readonly line: number;
  readonly code: string;
  readonly words: readonly string[];
  readonly heading: string | undefined;
}

/**
 * The ```ts blocks of Markdown text, with the line each starts on and the heading above it. A fence
 * may be indented (inside a list): its indentation is taken off every line of the block.
 */
export function markdownBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let heading: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const title = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (title) heading = title[1]?.replace(/`/g, '');
    const open = /^([ \t]*)(`{3,})([\w-]*)[ \t]*(.*)$/.exec(line);
    if (!open) continue;
    const [, indent = '', ticks = '', language = '', rest = ''] = open;
    const close = new RegExp(`^[ \\t]*${ticks}\`*[ \\t]*$`);
    const start = index + 1;
    let end = start;
    while (end < lines.length && !close.test(lines[end] ?? '')) end++;
    if (language === 'ts' || language === 'typescript') {
      const code = lines
        .slice(start, end)
        .map((codeLine) =>
          codeLine.startsWith(indent) ? codeLine.slice(indent.length) : codeLine.trimStart(),
        )
        .join('\n');
      const words = rest.split(/\s+/).filter((word) => word !== '');
      for (const word of words) {
        if (!FENCE_WORDS.has(word))
          throw new Error(`Unknown word "${word}" after \`\`\`ts at line ${index + 1}`);
      }
      blocks.push({ line: start + 1, code: `${code}\n`, words, heading });
    }
    index = end;
  }
  return blocks;
}

/** What a doc comment that ends at `offset` documents: the name declared right after it. */
function documentedName(text: string, offset: number): string {
  const after = text.slice(offset, offset + 400).replace(/^\s*(?:\/\/[^\n]*\n\s*)*/, '');
  const declaration =
    /^(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\s*\*?|const|let|var|class|interface|type|enum|namespace)\s+([\w$]+)/.exec(
      after,
    );
  if (declaration) return declaration[1] ?? 'module';
  const member =
    /^(?:(?:static|readonly|public|protected|override|get|set|async)\s+)*([\w$]+)\s*[?!]?\s*[(:=<]/.exec(
      after,
    );
  if (member) return member[1] ?? 'module';
  return 'module';
}

/** The ```ts blocks in the doc comments of a TypeScript source, each with the symbol it documents. */
export function tsdocBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const offset = comment.index ?? 0;
    const firstLine = text.slice(0, offset).split('\n').length;
    const body = (comment[1] ?? '').replace(/^[ \t]*\* ?/gm, '');
    const symbol = documentedName(text, offset + comment[0].length);
    for (const block of markdownBlocks(body)) {
      blocks.push({ ...block, line: firstLine + block.line - 1, heading: symbol });
    }
  }
  return blocks;
}

function walk(folder: string, keep: (path: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        return ['node_modules', 'dist', '.tsbuild', 'api'].includes(entry.name) ? [] : walk(path, keep);
      }
      return keep(path) ? [path] : [];
    });
}

const fromRoot = (path: string) => relative(ROOT, path).split(sep).join('/');

/** The Markdown files whose blocks are examples: README.md and every guide under docs/. */
export function markdownFiles(): string[] {
  return [join(ROOT, 'README.md'), ...walk(join(ROOT, 'docs'), (path) => path.endsWith('.md'))].map(fromRoot);
}

/** The packages' source files: every `.ts` under packages/<name>/src, except tests and test support. */
export function sourceFiles(): string[] {
  const packages = join(ROOT, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      walk(
        join(packages, entry.name, 'src'),
        (path) =>
          path.endsWith('.ts') &&
          !path.endsWith('.test.ts') &&
          !path.endsWith('.d.ts') &&
          !/[\\/](?:test-support|fixtures)[\\/]/.test(path),
      ),
    )
    .map(fromRoot);
}

function named(file: string, blocks: readonly Block[], markdown: boolean): DocumentedExample[] {
  const seen = new Map<string, number>();
  return blocks.map((block, index) => {
    const symbol = block.heading ?? (markdown ? 'introduction' : 'module');
    const count = (seen.get(symbol) ?? 0) + 1;
    seen.set(symbol, count);
    const name = markdown
      ? `${file} › block ${index + 1} (${symbol})`
      : `${file} › ${symbol}${count > 1 ? ` (example ${count})` : ''}`;
    return {
      file,
      line: block.line,
      symbol,
      name,
      code: block.code,
      mode: block.words.includes('no-run') ? 'no-run' : 'run',
    };
  });
}

/** Every documented example of the repository, guides first, then the TSDoc by package and file. */
export function findExamples(): DocumentedExample[] {
  const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
  return [
    ...markdownFiles().flatMap((file) => named(file, markdownBlocks(read(file)), true)),
    ...sourceFiles().flatMap((file) => named(file, tsdocBlocks(read(file)), false)),
  ];
}
