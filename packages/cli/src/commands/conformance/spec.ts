import type { CommandSpec } from '../../command.js';

/** The `conformance` command's options, help and examples. Internal. */
export const conformanceSpec: CommandSpec = {
  name: 'conformance',
  usage: '<case-file.json...> [options]',
  description: [
    'Runs pathway case files (facts, a date and the expected outcome, as antislavery schema',
    'case-file describes them) through the national rules and any local pathway, and prints one',
    'line for each case that fails, with a diff of what was expected (-) and what the rules gave',
    '(+), then a last line "N passed, M failed".',
    '',
    "A case file whose ruleSet names a local pathway runs with it: a worked example's name",
    '(Derby and Derbyshire, Wolverhampton), a *.local-pathway.json file given among the files or with',
    '--local, or the file <name>.local-pathway.json beside <name>.json. Assumptions where the law is',
    'unconfirmed come from --assumptions, or from <name>.assumptions.json beside the case file.',
  ],
  positionals: { min: 1, name: 'at least one case file, such as antislavery conformance cases/*.json' },
  options: {
    local: {
      type: 'string',
      value: 'local.json',
      description: 'A local pathway for the case files that name it',
    },
    assumptions: {
      type: 'string',
      value: 'assumptions.json',
      description: 'Choices where the law is unconfirmed, for every case file',
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      description: 'Output for people or programs (default: text)',
    },
  },
  examples: [
    { command: 'conformance cases/*.json', description: 'Run every case file in a folder.' },
    {
      command: 'conformance our-cases.json --local our-local-pathway.json',
      description: "Check a council's own cases against its local pathway.",
    },
  ],
  exitCodes: {
    0: 'every case passed',
    1: 'at least one case failed',
    2: 'a mistake in the command line, or a case file that cannot be read',
  },
};
