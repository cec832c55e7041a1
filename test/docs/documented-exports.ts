// Finds the exports of every entry point of every package (the `@antislavery/source` paths of
// each package.json's `exports` map), so a test can check that each has TSDoc with an example.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './find-examples.js';

/** One entry point of a package: `@antislavery/model/calendar` and its source file. */
export interface EntryPoint {
  readonly specifier: string;
  readonly file: string;
}

/** The entry points of every package that resolve to a TypeScript source. */
export function entryPoints(): EntryPoint[] {
  const packages = join(ROOT, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const folder = join(packages, entry.name);
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name: string;
        exports?: Record<string, unknown>;
      };
      return Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) => {
        const source =
          typeof target === 'object' && target !== null
            ? (target as Record<string, unknown>)['@antislavery/source']
            : undefined;
        if (typeof source !== 'string' || !source.endsWith('.ts')) return [];
        return [{ specifier: `${manifest.name}${subpath.slice(1)}`, file: join(folder, source) }];
      });
    });
}

/** An exported name, and what its TSDoc shows. */
export interface ExportedName {
  readonly name: string;
  /** Whether a declaration of it has TSDoc with a ```ts example. */
  readonly documented: boolean;
  /** Whether it is a function or a constant (not a type or a class). */
  readonly value: boolean;
  /** Whether its examples show a result (`//=>`) on the line after one that names it. */
  readonly shownWithResult: boolean;
}

function examplesOf(declaration: ts.Declaration): string[] {
  return ts.getJSDocTags(declaration).flatMap((tag) => {
    if (tag.tagName.text !== 'example') return [];
    const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    return text !== undefined && /```ts/.test(text) ? [text] : [];
  });
}

/** The names an entry point exports, each with whether it has an example in its TSDoc. */
export function exportedNames(program: ts.Program, file: string): ExportedName[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`The program does not hold ${file}`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const examples = (symbol.declarations ?? []).flatMap(examplesOf);
    const shown = new RegExp(`\\b${symbol.name}\\b[^\\n]*\\n\\s*//=>`);
    return {
      name: exported.name,
      documented: examples.length > 0,
      value: (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) !== 0,
      shownWithResult: examples.some((example) => shown.test(example)),
    };
  });
}
