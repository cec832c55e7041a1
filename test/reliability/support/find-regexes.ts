// Finds every regular expression in TypeScript source: literals (`/.../flags`) and calls of
// `RegExp(...)` or `new RegExp(...)`. A small scanner that knows strings, template literals and
// comments, and tells a regex from a division by the token before the slash.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A regular expression found in source. */
export type FoundRegex = {
  /** The file, relative to the folder searched. */
  readonly file: string;
  /** The line it starts on, from 1. */
  readonly line: number;
  /** The text of the literal (`/\d+/g`) or of the call (`new RegExp(...)`), as written. */
  readonly source: string;
  /** Whether it is a literal, whose pattern and flags can be rebuilt from the text. */
  readonly literal: boolean;
};

/** Words after which a slash starts a regex rather than a division. */
const KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

const isIdentifierChar = (c: string) => /[\w$]/.test(c);

/** The regular expressions in one file's text. */
export function findRegexes(text: string, file = ''): FoundRegex[] {
  const found: FoundRegex[] = [];
  // What the last significant token was: punctuation (a regex may follow) or a value (a division).
  let regexAllowed = true;
  // Brace depths at which template literals were interrupted by `${`.
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;

  const skipString = (quote: string) => {
    i++;
    while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  // Reads template text up to its end or to `${`; returns true at `${`.
  const skipTemplateText = (): boolean => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return false;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        return true;
      } else i++;
    }
    return false;
  };

  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      skipString(c);
      regexAllowed = false;
    } else if (c === '`') {
      i++;
      if (skipTemplateText()) {
        templates.push(depth);
        depth++;
        regexAllowed = true;
      } else regexAllowed = false;
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth - 1) {
      templates.pop();
      depth--;
      i++;
      if (skipTemplateText()) {
        templates.push(depth);
        depth++;
        regexAllowed = true;
      } else regexAllowed = false;
    } else if (c === '/' && regexAllowed) {
      const start = i;
      i++;
      let inClass = false;
      while (i < text.length) {
        const r = text[i];
        if (r === '\\') i += 2;
        else if (r === '[') {
          inClass = true;
          i++;
        } else if (r === ']') {
          inClass = false;
          i++;
        } else if (r === '/' && !inClass) break;
        else if (r === '\n') throw new Error(`${file}:${lineAt(start)}: a regex literal runs past the line`);
        else i++;
      }
      i++;
      while (i < text.length && /[a-z]/.test(text[i] as string)) i++;
      found.push({ file, line: lineAt(start), source: text.slice(start, i), literal: true });
      regexAllowed = false;
    } else if (isIdentifierChar(c)) {
      const start = i;
      while (i < text.length && isIdentifierChar(text[i] as string)) i++;
      const word = text.slice(start, i);
      if (word === 'RegExp' && /^\s*\(/.test(text.slice(i))) {
        const open = text.indexOf('(', i);
        const close = matchingParen(text, open);
        const callStart = /new\s+$/.test(text.slice(Math.max(0, start - 8), start))
          ? text.lastIndexOf('new', start)
          : start;
        found.push({ file, line: lineAt(start), source: text.slice(callStart, close + 1), literal: false });
      }
      regexAllowed = KEYWORDS.has(word);
    } else if (/\s/.test(c)) {
      i++;
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      // After a closing bracket or parenthesis comes a value's end: a slash divides.
      regexAllowed = !(c === ')' || c === ']');
      i++;
    }
  }
  return found;
}

/** The index of the parenthesis closing the one at `open`, skipping strings and templates. */
function matchingParen(text: string, open: number): number {
  let level = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      const quote = c;
      i++;
      while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
    } else if (c === '(') level++;
    else if (c === ')' && --level === 0) return i;
  }
  throw new Error('an unclosed RegExp( call');
}

/** The TypeScript files under `folder`, test files and declaration files excepted. */
export function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const name = entry.name;
    if (!entry.isFile() || !name.endsWith('.ts') || name.endsWith('.test.ts') || name.endsWith('.d.ts'))
      continue;
    files.push(join(entry.parentPath, name));
  }
  return files.sort();
}

/** Every regular expression in the `src` folders of the packages under `packagesFolder`. */
export function findRegexesInPackages(packagesFolder: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const entry of readdirSync(packagesFolder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const src = join(packagesFolder, entry.name, 'src');
    let files: string[];
    try {
      files = sourceFiles(src);
    } catch {
      continue;
    }
    for (const file of files) {
      found.push(...findRegexes(readFileSync(file, 'utf8'), relative(packagesFolder, file)));
    }
  }
  return found;
}

/** The pattern of a regex literal's text, rebuilt as a RegExp. */
export function regexOfLiteral(source: string): RegExp {
  const end = source.lastIndexOf('/');
  return new RegExp(source.slice(1, end), source.slice(end + 1));
}
