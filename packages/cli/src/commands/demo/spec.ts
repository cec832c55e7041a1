import type { CommandSpec } from '../../command.js';

/** The `demo` command's options, help and examples. Internal. */
export const demoSpec: CommandSpec = {
  name: 'demo',
  usage: '[options]',
  description: [
    'Runs the main demonstration on data that ships with the SDK, in a few seconds: the Derby and',
    'Derbyshire partnership and its priorities; the pathway decided with its local pathway for a',
    "child found at a car wash, an adult who refuses consent, a nurse's concern (the NHS is not a",
    'first responder) and a person of uncertain age; a generated batch of case records checked, with',
    'a few deliberately broken to show what the checks find; and the quarterly report as one HTML',
    'page with charts, written to a file whose path it prints. Every record is synthetic: nothing',
    'printed is about a real person.',
  ],
  positionals: { min: 0, max: 0, name: 'no arguments' },
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: 'file.html',
      description: "Where to write the HTML report (default: the system's temporary folder)",
    },
    'as-of': {
      type: 'string',
      value: 'date',
      description:
        'Run as on this day, YYYY-MM-DD: the decisions, and the last whole quarter before it (default: today in the UK)',
    },
  },
  examples: [
    { command: 'demo', description: 'Run the demonstration.' },
    {
      command: 'demo --out report.html --as-of 2026-04-01',
      description: 'Run it as on 1 April 2026, keeping the report.',
    },
  ],
  exitCodes: {
    0: 'the demonstration ran',
    2: 'a mistake in the command line, or the report could not be written',
  },
};
