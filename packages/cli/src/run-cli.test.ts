import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from './exit-codes.js';
import { runCli } from './run-cli.js';
import { collectingIo, workspace } from './test-support/harness.js';

const ws = workspace();
afterAll(() => ws.remove());
// The first run of a command loads the packages it uses; load them once, with time to spare.
beforeAll(async () => {
  await import('./commands/schema/schema.js');
  await import('./commands/validate/validate.js');
}, 60_000);

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('runCli', () => {
  it('prints the version from package.json', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await ws.run([flag])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    }
  });

  it('prints the list of commands for --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await ws.run(argv);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Usage: antislavery <command> [options]');
      for (const name of ['validate', 'pathway', 'report', 'conformance', 'schema', 'demo']) {
        expect(result.stdout).toMatch(new RegExp(`\\n  ${name} +\\S`));
      }
    }
  });

  it('prints the list of commands on stderr, as a usage error, when given no command', async () => {
    const result = await ws.run([]);
    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: antislavery <command> [options]');
  });

  it("prints a command's help for <command> --help, -h and help <command>, whatever else is given", async () => {
    for (const argv of [
      ['schema', '--help'],
      ['schema', 'nonsense', '-h', '--colour'],
      ['help', 'schema'],
    ]) {
      const result = await ws.run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith('Usage: antislavery schema <referral|notification|')).toBe(true);
      expect(result.stdout).toContain(
        'Examples:\n  antislavery schema case-record > case-record.schema.json\n',
      );
    }
  });

  it('reads --help after -- as an argument, not a request for help', async () => {
    const result = await ws.run(['schema', '--', '--help']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Give the name of a schema');
  });

  it('names a command that does not exist, in one line', async () => {
    expect(await ws.run(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'antislavery: There is no command frobnicate. Run antislavery --help to see the commands.\n',
    });
    expect((await ws.run(['help', 'frobnicate'])).stderr).toBe(
      'antislavery: There is no command frobnicate. Run antislavery --help to see the commands.\n',
    );
  });

  it('asks for a command when the line starts with an option', async () => {
    expect((await ws.run(['--format', 'json'])).stderr).toBe(
      'antislavery: Give a command first, such as antislavery validate records.csv. Run antislavery --help to see the commands.\n',
    );
  });

  it('prints a usage error as one line without a stack trace, and with one after --debug', async () => {
    const plain = await ws.run(['validate', 'missing.csv']);
    expect(plain).toEqual({
      code: 2,
      stdout: '',
      stderr: 'antislavery: Cannot find missing.csv: check the file name and the folder\n',
    });
    const debug = await ws.run(['validate', '--debug', 'missing.csv']);
    expect(debug.code).toBe(2);
    const lines = debug.stderr.split('\n');
    expect(lines[0]).toBe('antislavery: Cannot find missing.csv: check the file name and the folder');
    expect(lines[1]).toBe('CliError: Cannot find missing.csv: check the file name and the folder');
    expect(lines[2]).toMatch(/^ {4}at /);
  });

  it('hides the message of an unexpected error, which could quote a file, unless --debug is given', async () => {
    const failing = (argv: readonly string[]) => {
      const collector = collectingIo(ws.dir, {
        stdout: {
          write: () => {
            throw new RangeError('Jane Doe, born 2001-02-03');
          },
        },
      });
      return runCli(argv, collector.io).then((code) => ({ code, stderr: collector.stderr() }));
    };
    const plain = await failing(['schema', 'case-record']);
    expect(plain).toEqual({
      code: 2,
      stderr:
        'antislavery: something went wrong that the command did not expect (RangeError). Run it again with --debug to see the details.\n',
    });
    const debug = await failing(['schema', 'case-record', '--debug']);
    expect(debug.stderr.startsWith('RangeError: Jane Doe, born 2001-02-03\n    at ')).toBe(true);
  });

  it('shows a thrown value that is not an Error by its type', async () => {
    const collector = collectingIo(ws.dir, {
      stdout: {
        write: () => {
          throw 'a string';
        },
      },
    });
    expect(await runCli(['schema', 'case-record'], collector.io)).toBe(2);
    expect(collector.stderr()).toContain('did not expect (string)');
    expect(await runCli(['schema', 'case-record', '--debug'], collector.io)).toBe(2);
    expect(collector.stderr()).toContain('a string\n');
  });
});
