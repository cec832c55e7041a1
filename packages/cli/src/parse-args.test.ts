import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import type { CommandSpec } from './command.js';
import { listOf, parseCommandArgs } from './parse-args.js';

const spec: CommandSpec = {
  name: 'try',
  usage: '<file> [options]',
  description: ['A command for the tests.'],
  positionals: { min: 1, max: 1, name: 'the file' },
  options: {
    format: { type: 'string', choices: ['text', 'json'], description: 'The format' },
    out: { type: 'string', short: 'o', value: 'file', description: 'Where to write' },
    quick: { type: 'boolean', description: 'Be quick' },
  },
  examples: [],
  exitCodes: {},
};

function errorOf(argv: readonly string[]): CliError {
  try {
    parseCommandArgs(spec, argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('parseCommandArgs', () => {
  it('reads options by long name, short aliases, switches and arguments', () => {
    expect(parseCommandArgs(spec, ['a.csv', '--format', 'json', '-o', 'b.html', '--quick'])).toEqual({
      values: { format: 'json', out: 'b.html', quick: true },
      positionals: ['a.csv'],
    });
    expect(parseCommandArgs(spec, ['--format=text', 'a.csv']).values).toEqual({ format: 'text' });
  });

  it('reads an argument that starts with a dash after --', () => {
    expect(parseCommandArgs(spec, ['--', '-odd.csv']).positionals).toEqual(['-odd.csv']);
  });

  it('names an unknown option and the help to read', () => {
    expect(errorOf(['a.csv', '--colour']).message).toBe(
      'try has no option --colour. Run antislavery try --help to see how to use it.',
    );
  });

  it('asks for the value of an option given none', () => {
    expect(errorOf(['a.csv', '--out']).message).toBe(
      'Give a value after --out. Run antislavery try --help to see how to use it.',
    );
  });

  it('refuses a value for a switch', () => {
    expect(errorOf(['a.csv', '--quick=yes']).message).toBe(
      'Give --quick without a value. Run antislavery try --help to see how to use it.',
    );
  });

  it('lists the choices when a value is not one of them', () => {
    expect(errorOf(['a.csv', '--format', 'xml']).message).toBe(
      'Give --format as text or json. Run antislavery try --help to see how to use it.',
    );
  });

  it('refuses an empty value', () => {
    expect(errorOf(['a.csv', '--out', ' ']).message).toBe(
      'Give a value after --out. Run antislavery try --help to see how to use it.',
    );
  });

  it('asks for a missing argument by what it is', () => {
    expect(errorOf([]).message).toBe('Give the file. Run antislavery try --help to see how to use it.');
  });

  it('refuses extra arguments without repeating them', () => {
    const error = errorOf(['a.csv', 'Jane Doe']);
    expect(error.message).toBe(
      'try takes one argument: remove the others. Run antislavery try --help to see how to use it.',
    );
    expect(error.message).not.toContain('Jane');
    expect(error.exitCode).toBe(2);
  });

  it('tells a command that takes no arguments so', () => {
    const none: CommandSpec = { ...spec, positionals: { min: 0, max: 0, name: 'nothing' } };
    expect(() => parseCommandArgs(none, ['x'])).toThrow(
      'try takes only options: remove the other arguments. Run antislavery try --help to see how to use it.',
    );
    const two: CommandSpec = { ...spec, positionals: { min: 0, max: 2, name: 'two files' } };
    expect(() => parseCommandArgs(two, ['x', 'y', 'z'])).toThrow('try takes 2 arguments: remove the others.');
  });
});

describe('listOf', () => {
  it('joins items as a sentence does', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b'])).toBe('a or b');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b or c');
  });
});
