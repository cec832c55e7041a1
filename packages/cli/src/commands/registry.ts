import type { Command } from '../command.js';

/** A command as the command list knows it: its name, one line on what it does, and how to load it. Internal. */
export type CommandEntry = {
  readonly name: string;
  readonly summary: string;
  /** Loads the command's code, and with it the packages it uses, only when it is run. */
  readonly load: () => Promise<Command>;
};

/** Every command, in the order the help lists them. Internal. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'Check case records, referrals or notifications in a file, row by row',
    load: async () => (await import('./validate/validate.js')).validateCommand,
  },
  {
    name: 'pathway',
    summary: 'Decide what to do next for a potential victim, in order, and why',
    load: async () => (await import('./pathway/pathway.js')).pathwayCommand,
  },
  {
    name: 'report',
    summary: 'Build the quarterly report from case records, as HTML, Markdown, CSV or JSON',
    load: async () => (await import('./report/report.js')).reportCommand,
  },
  {
    name: 'conformance',
    summary: 'Run pathway case files and show every case that fails, with a diff',
    load: async () => (await import('./conformance/conformance.js')).conformanceCommand,
  },
  {
    name: 'schema',
    summary: 'Print the JSON Schema of a record or file the SDK reads',
    load: async () => (await import('./schema/schema.js')).schemaCommand,
  },
  {
    name: 'demo',
    summary: 'Run the main demonstration on built-in data',
    load: async () => (await import('./demo/demo.js')).demoCommand,
  },
];
