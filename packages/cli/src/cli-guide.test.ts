import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from './command.js';
import { COMMANDS } from './commands/registry.js';
import { parseCommandArgs } from './parse-args.js';

// The command lines in every command's --help and in docs/cli.md must be ones the commands accept,
// and the guide must document every command and option, so that neither can drift from the code.

const guide = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');

/** Splits a shell command line into words, as a POSIX shell would for these simple lines. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const word = match[1] ?? match[2] ?? match[3] ?? '';
    if (match[3] === '>' || match[3] === '|') break;
    out.push(word);
  }
  return out;
}

let commands: readonly Command[] = [];

async function load(): Promise<readonly Command[]> {
  if (commands.length === 0) commands = await Promise.all(COMMANDS.map((entry) => entry.load()));
  return commands;
}

function accepts(command: Command, argv: readonly string[]): void {
  if (argv.includes('--help')) return;
  expect(() => parseCommandArgs(command.spec, argv), argv.join(' ')).not.toThrow();
}

describe('the command lines in the help and the guide', () => {
  it("are accepted by each command's parser", { timeout: 60_000 }, async () => {
    const all = await load();
    for (const command of all) {
      for (const example of command.spec.examples) {
        const [name, ...argv] = words(example.command);
        expect(name).toBe(command.spec.name);
        accepts(command, argv);
      }
    }
    const lines = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
      (block[1] ?? '').split('\n').filter((line) => line.startsWith('antislavery ')),
    );
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const [, name, ...argv] = words(line);
      if (name === '--help' || name === '--version') continue;
      const command = all.find((candidate) => candidate.spec.name === name);
      expect(command, line).toBeDefined();
      if (command !== undefined) accepts(command, argv);
    }
  });

  it('include every command and option in the guide', { timeout: 60_000 }, async () => {
    for (const command of await load()) {
      expect(guide, command.spec.name).toContain(`\n## ${command.spec.name}\n`);
      const section = guide.slice(guide.indexOf(`\n## ${command.spec.name}\n`)).split('\n## ')[1] ?? '';
      for (const option of Object.keys(command.spec.options)) {
        expect(section, `${command.spec.name} --${option}`).toContain(`--${option}`);
      }
    }
  });
});
