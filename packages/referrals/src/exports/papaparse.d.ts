// The small part of Papa Parse's API that the CSV reader uses: its core parser, which parses a
// string and reports how far it got, so that a stream can be parsed chunk by chunk. Papa Parse
// ships no types of its own.
declare module 'papaparse' {
  type ParserConfig = {
    readonly delimiter?: string;
    readonly newline?: '\n' | '\r' | '\r\n';
    readonly quoteChar?: string;
  };
  type ParserError = { readonly type: string; readonly code: string; readonly row?: number };
  type ParserResult = {
    readonly data: string[][];
    readonly errors: ParserError[];
    readonly meta: { readonly cursor: number };
  };
  class Parser {
    constructor(config: ParserConfig);
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): ParserResult;
  }
  const Papa: { readonly Parser: typeof Parser };
  export = Papa;
}
