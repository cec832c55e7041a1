import { describe, expect, it } from 'vitest';
import type { CommandSpec } from './command.js';
import { formatCommandHelp, formatMainHelp } from './help.js';

const spec: CommandSpec = {
  name: 'try',
  usage: '<file> [options]',
  description: ['Tries a file.'],
  positionals: { min: 1, max: 1, name: 'the file' },
  options: {
    format: { type: 'string', choices: ['text', 'json'], description: 'The format' },
    out: { type: 'string', short: 'o', value: 'file', description: 'Where to write' },
    quick: { type: 'boolean', description: 'Be quick' },
    kind: {
      type: 'string',
      choices: ['case-record', 'referral', 'notification'],
      description: 'What it holds',
    },
  },
  examples: [{ command: 'try a.csv', description: 'Try a file.' }],
  exitCodes: { 0: 'it worked', 2: 'it did not' },
};

describe('formatCommandHelp', () => {
  it('shows the usage, description, options with their values, examples and exit codes', () => {
    expect(formatCommandHelp(spec)).toBe(
      [
        'Usage: antislavery try <file> [options]',
        '',
        'Tries a file.',
        '',
        'Options:',
        '  --format <text|json>        The format',
        '  -o, --out <file>            Where to write',
        '  --quick                     Be quick',
        '  --kind <case-record|referral|notification>',
        '                              What it holds',
        '  -h, --help                  Show this help',
        '',
        'Examples:',
        '  antislavery try a.csv',
        '      Try a file.',
        '',
        'Exit codes:',
        '  0  it worked',
        '  2  it did not',
        '',
      ].join('\n'),
    );
  });
});

describe('formatCommandHelp with many choices and long text', () => {
  it('lists many choices in the text rather than the label, and wraps the text at 100 characters', () => {
    const many: CommandSpec = {
      ...spec,
      options: {
        'org-type': {
          type: 'string',
          choices: [
            'local-authority',
            'police',
            'national-crime-agency',
            'designated-charity',
            'member-of-public',
          ],
          value: 'type',
          description: "The type of the responder's organisation",
        },
      },
    };
    const lines = formatCommandHelp(many).split('\n');
    const at = lines.indexOf(
      "  --org-type <type>  The type of the responder's organisation: local-authority, police,",
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(
      '                     national-crime-agency, designated-charity, member-of-public',
    );
    expect(lines.every((line) => line.length <= 100)).toBe(true);
  });
});

describe('formatMainHelp', () => {
  it('lists the commands, the global options and every exit code', () => {
    const help = formatMainHelp(
      [
        { name: 'validate', summary: 'Check a file' },
        { name: 'schema', summary: 'Print a schema' },
      ],
      '1.2.3',
    );
    expect(help.split('\n')[0]).toBe(
      'antislavery 1.2.3: the command line of the antislavery SDK, for councils, police and partner',
    );
    expect(help).toContain('Commands:\n  validate  Check a file\n  schema    Print a schema\n');
    expect(help).toContain('  -v, --version  Show the version\n');
    expect(help).toContain('  --debug        When something goes wrong');
    expect(help).toContain(
      'Exit codes:\n  0  done: every record valid, every case passed\n  1  some records are invalid, or some cases failed\n  2  a mistake in the command line, or an input file that cannot be read\n',
    );
  });
});
