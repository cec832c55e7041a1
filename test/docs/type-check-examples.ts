// Type-checks documented examples with the compiler options of the packages (tsconfig.base.json),
// each example as a module of its own that imports the packages' TypeScript sources. A result
// shown after a type alias (`type Age = ...;` then `//=> number`) is checked too: the alias must be
// that type exactly.

import { join } from 'node:path';
import ts from 'typescript';
import { type DocumentedExample, ROOT } from './find-examples.js';
import type { ShownResult } from './with-assertions.js';

/** A problem the compiler found, where the documentation shows it. */
export interface TypeProblem {
  /** `file:line` in the documentation. */
  readonly where: string;
  readonly message: string;
}

function compilerOptions(): ts.CompilerOptions {
  const path = join(ROOT, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT, path);
  return {
    ...options,
    composite: false,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    noEmit: true,
    incremental: false,
  };
}

const EQUAL =
  'type __Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;';

/** The example as a module, with a check for each type it shows. */
function moduleText(example: DocumentedExample, results: readonly ShownResult[]): string {
  const claims = results.flatMap((result, index) =>
    result.kind === 'type' && result.typeName
      ? [`const __claim${index}: __Equal<${result.typeName}, ${result.expected}> = true;`]
      : [],
  );
  return [example.code, 'export {};', ...(claims.length > 0 ? [EQUAL, ...claims] : [])].join('\n');
}

/**
 * Type-checks the examples in one program, which also holds the files in `alsoInclude`. Returns
 * the problems of each example, in order, and the program. `results` gives the results each
 * example shows (for its type claims).
 */
export function typeCheckExamples(
  examples: readonly DocumentedExample[],
  results: readonly (readonly ShownResult[])[],
  alsoInclude: readonly string[] = [],
): { problems: TypeProblem[][]; program: ts.Program } {
  const options = compilerOptions();
  const files = new Map(
    examples.map((example, index) => [
      join(ROOT, 'test', 'docs', '.examples', `${index}.ts`),
      moduleText(example, results[index] ?? []),
    ]),
  );
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, onError, create) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, onError, create)
      : ts.createSourceFile(name, text, language, true, ts.ScriptKind.TS);
  };
  const program = ts.createProgram({ rootNames: [...files.keys(), ...alsoInclude], options, host });
  const problems = [...files.keys()].map((name, index) => {
    const example = examples[index] as DocumentedExample;
    const source = program.getSourceFile(name);
    if (!source) return [{ where: `${example.file}:${example.line}`, message: 'not compiled' }];
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    return diagnostics.map((diagnostic) => {
      const line =
        diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
      return {
        where: `${example.file}:${example.line + Math.min(line, example.code.split('\n').length - 1)}`,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      };
    });
  });
  return { problems, program };
}
