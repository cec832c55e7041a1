// Turns an example into a script whose `//=>` lines are assertions. The conventions, which every
// guide and every TSDoc comment follows:
//
// - `statement;` then `//=> value`: the value of the statement (an expression) equals `value`
//   (deep equality). The statement may take many lines; the result checks the whole of it. An
//   indented result, inside a block such as `catch`, checks the statement above it in that block.
// - `const name = expression;` then `//=> value`: the value of `name`.
// - A value that does not close its brackets on its line goes on over the following `// ` lines.
// - Words in brackets after the value are a note: `//=> 1 (a Monday)`. So is a trailing `// ...`.
// - `//=> throws ErrorName`: the statement throws (or rejects with) an error of that name.
// - `type Name = ...;` then `//=> type`: a claim about a type. The type-check proves it; running
//   the example skips it.
// - `declare const referral: NrmReferral;` (or `notification`, `caseRecord`): the example is given
//   a complete, valid record of that kind (see example-fixtures.ts).
//
// Imports become look-ups in the modules the bundle provides, so that many examples can share one
// bundle of the packages.

import ts from 'typescript';

/** One `//=>` line, with the value it shows. */
export interface ShownResult {
  /** The line in the example (1-based) where the `//=>` is. */
  readonly line: number;
  /** `value` (deep equality), `throws` (an error of that name) or `type` (checked by the compiler). */
  readonly kind: 'value' | 'throws' | 'type';
  /** The expected value as an expression, the error's name, or the type. */
  readonly expected: string;
  /** For `type`: the name of the type alias it describes. */
  readonly typeName?: string;
}

/** An example made ready to run. */
export interface PreparedExample {
  /** The body of an async function, in JavaScript with types removed by the caller. */
  readonly script: string;
  /** The modules it imports, in order. */
  readonly modules: readonly string[];
  /** Every `//=>` line of the example. */
  readonly results: readonly ShownResult[];
  /** The number of results checked when it runs (values and throws). */
  readonly checks: number;
}

const RESULT = /^[ \t]*\/\/=>[ \t]?(.*)$/;
const CONTINUATION = /^[ \t]*\/\/ ?(.*)$/;

/** How far a piece of code leaves brackets open, outside strings; `undefined` if a string is open. */
function openBrackets(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quote !== undefined) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  return quote === undefined ? depth : Number.POSITIVE_INFINITY;
}

/**
 * The value a result shows, without its note: text in brackets after a space, or a `//` comment,
 * once the value's own brackets are closed.
 */
export function shownValue(text: string): string {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quote !== undefined) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) {
      if (depth === 0 && char === '(' && index > 0 && /\s/.test(text[index - 1] ?? '')) {
        return text.slice(0, index).trim();
      }
      depth++;
    } else if (')]}'.includes(char)) depth--;
    else if (depth === 0 && char === '/' && text[index + 1] === '/') return text.slice(0, index).trim();
  }
  return text.trim();
}

interface RawResult {
  readonly line: number;
  /** Offset of the start of the `//=>` line in the code. */
  readonly offset: number;
  readonly text: string;
}

function rawResults(code: string): RawResult[] {
  const lines = code.split('\n');
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const found: RawResult[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = RESULT.exec(lines[index] ?? '');
    if (!match) continue;
    const start = index;
    let text = match[1] ?? '';
    while (openBrackets(shownValue(text)) > 0 && CONTINUATION.test(lines[index + 1] ?? '')) {
      index++;
      text += `\n${CONTINUATION.exec(lines[index] ?? '')?.[1] ?? ''}`;
    }
    found.push({ line: start + 1, offset: offsets[start] ?? 0, text });
  }
  return found;
}

/** Every statement of a source file, at any depth. */
function statementsOf(source: ts.SourceFile): ts.Statement[] {
  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isSourceFile(node) ||
        ts.isBlock(node) ||
        ts.isModuleBlock(node) ||
        ts.isCaseOrDefaultClause(node)) &&
      'statements' in node
    ) {
      statements.push(...node.statements);
    }
    if (ts.isIfStatement(node) || ts.isIterationStatement(node, false) || ts.isLabeledStatement(node)) {
      for (const child of [
        ts.isIfStatement(node) ? node.thenStatement : undefined,
        ts.isIfStatement(node) ? node.elseStatement : undefined,
        ts.isIterationStatement(node, false) || ts.isLabeledStatement(node) ? node.statement : undefined,
      ]) {
        if (child && !ts.isBlock(child)) statements.push(child);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return statements;
}

/** The statement a result at `offset` checks: the last one to end before it (the outermost of ties). */
function statementBefore(statements: readonly ts.Statement[], offset: number): ts.Statement | undefined {
  let best: ts.Statement | undefined;
  for (const statement of statements) {
    if (statement.end > offset) continue;
    if (!best || statement.end > best.end || (statement.end === best.end && statement.pos < best.pos)) {
      best = statement;
    }
  }
  return best;
}

/** Whether any code (not only comments and spaces) lies between two offsets. */
function codeBetween(code: string, from: number, to: number): boolean {
  return (
    code
      .slice(from, to)
      .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
      .trim() !== ''
  );
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function importEdit(
  declaration: ts.ImportDeclaration,
  source: ts.SourceFile,
  modules: string[],
): Edit | undefined {
  const from = (declaration.moduleSpecifier as ts.StringLiteral).text;
  const clause = declaration.importClause;
  const start = declaration.getStart(source);
  const end = declaration.end;
  if (clause?.isTypeOnly) return { start, end, text: '' };
  if (!modules.includes(from)) modules.push(from);
  const module = `__import(${JSON.stringify(from)})`;
  if (!clause) return { start, end, text: `${module};` };
  const parts: string[] = [];
  if (clause.name) parts.push(`const ${clause.name.text} = ${module}.default;`);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) parts.push(`const ${bindings.name.text} = ${module};`);
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements
      .filter((element) => !element.isTypeOnly)
      .map((element) =>
        element.propertyName
          ? `${element.propertyName.getText(source)}: ${element.name.text}`
          : element.name.text,
      );
    if (names.length > 0) parts.push(`const { ${names.join(', ')} } = ${module};`);
  }
  return { start, end, text: parts.join(' ') };
}

/** The error a result convention cannot be applied with, naming the line. */
export class ExampleConventionError extends Error {
  override name = 'ExampleConventionError';
}

/**
 * Prepares an example: its `//=>` results become calls of `__expect` and `__expectThrows`, its
 * `declare const` fixtures calls of `__fixture`, and its imports calls of `__import`. Messages name
 * lines counted from `firstLine`, the line of the file where the example starts.
 */
export function withAssertions(code: string, firstLine = 1): PreparedExample {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const statements = statementsOf(source);
  const edits: Edit[] = [];
  const results: ShownResult[] = [];
  const modules: string[] = [];
  const checked = new Set<ts.Statement>();
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

  for (const raw of rawResults(code)) {
    const where = `line ${firstLine + raw.line - 1}`;
    const statement = statementBefore(statements, raw.offset);
    if (!statement || codeBetween(code, statement.end, raw.offset)) {
      throw new ExampleConventionError(`The result at ${where} must follow a statement`);
    }
    if (checked.has(statement)) {
      throw new ExampleConventionError(`The result at ${where} checks a statement that already has one`);
    }
    checked.add(statement);
    const value = shownValue(raw.text);
    const throws = /^throws\s+([A-Za-z_$][\w$]*)$/.exec(value);
    const label = JSON.stringify(`${where}: ${statement.getText(source).split('\n')[0]}`);

    if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
      results.push({ line: raw.line, kind: 'type', expected: value, typeName: statement.name.text });
      continue;
    }
    if (ts.isExpressionStatement(statement)) {
      const expression = statement.expression.getText(source);
      const start = statement.getStart(source);
      if (throws) {
        results.push({ line: raw.line, kind: 'throws', expected: throws[1] ?? '' });
        edits.push({
          start,
          end: statement.end,
          text: `await __expectThrows(async () => (${expression}), ${JSON.stringify(throws[1])}, ${label});`,
        });
      } else {
        results.push({ line: raw.line, kind: 'value', expected: value });
        edits.push({ start, end: statement.end, text: `__expect((${expression}), (${value}), ${label});` });
      }
      continue;
    }
    if (ts.isVariableStatement(statement) && !throws) {
      const [declaration, ...others] = statement.declarationList.declarations;
      if (declaration && others.length === 0 && ts.isIdentifier(declaration.name)) {
        results.push({ line: raw.line, kind: 'value', expected: value });
        edits.push({
          start: statement.end,
          end: statement.end,
          text: ` __expect(${declaration.name.text}, (${value}), ${label});`,
        });
        continue;
      }
    }
    throw new ExampleConventionError(
      `The result at ${where} must follow an expression or a declaration of one name (it follows the statement at line ${firstLine + lineOf(statement) - 1})`,
    );
  }

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const edit = importEdit(statement, source, modules);
      if (edit) edits.push(edit);
    }
    if (
      ts.isVariableStatement(statement) &&
      statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)
    ) {
      const names = statement.declarationList.declarations.map((declaration) =>
        declaration.name.getText(source),
      );
      edits.push({
        start: statement.getStart(source),
        end: statement.end,
        text: names.map((name) => `const ${name} = __fixture(${JSON.stringify(name)});`).join(' '),
      });
    }
  }

  let script = code;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    script = script.slice(0, edit.start) + edit.text + script.slice(edit.end);
  }
  const checks = results.filter((result) => result.kind !== 'type').length;
  return { script, modules, results, checks };
}
