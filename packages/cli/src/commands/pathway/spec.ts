import { JURISDICTIONS, RESPONDER_TYPES, UNDER_18_ANSWERS } from '@antislavery/model';
import { CONSENT_ANSWERS, TEAMS } from '@antislavery/pathways';
import type { CommandSpec } from '../../command.js';
import { BUILT_IN_LOCAL_PATHWAYS } from '../../input/local-pathway-file.js';

/** The `pathway` command's options, help and examples. Internal. */
export const pathwaySpec: CommandSpec = {
  name: 'pathway',
  usage: '[--facts facts.json | fact options] [options]',
  description: [
    'Decides what a practitioner who meets a potential victim of modern slavery does next, in order,',
    'and why: the actions with their contacts, whether the person is treated as a child, whether',
    'consent is needed, whether the duty to notify applies, and every rule that applied with its',
    'citation. Give the facts in a JSON file (antislavery schema pathway-facts), as options, or both:',
    'options then replace what the file says.',
  ],
  positionals: { min: 0, max: 0, name: 'no arguments' },
  options: {
    facts: { type: 'string', value: 'facts.json', description: 'The facts of the case, as JSON' },
    jurisdiction: { type: 'string', choices: JURISDICTIONS, description: 'Where the person was encountered' },
    'org-type': {
      type: 'string',
      choices: RESPONDER_TYPES,
      value: 'type',
      description: "The type of the responder's organisation",
    },
    organisation: {
      type: 'string',
      value: 'name',
      description: "The responder's organisation, as the official form's list names it",
    },
    team: {
      type: 'string',
      choices: TEAMS,
      value: 'team',
      description: "The responder's team, where they work for a council",
    },
    under18: { type: 'string', choices: UNDER_18_ANSWERS, description: 'Is the potential victim under 18?' },
    consent: {
      type: 'string',
      choices: CONSENT_ANSWERS,
      description: 'Whether an adult consents to an NRM referral',
    },
    'in-danger': { type: 'boolean', description: 'They are in immediate danger' },
    'no-in-danger': { type: 'boolean', description: 'They are not in immediate danger' },
    'care-needs': { type: 'boolean', description: 'They have care and support needs' },
    'no-care-needs': { type: 'boolean', description: 'They do not have care and support needs' },
    cooperating: { type: 'boolean', description: 'They agree to co-operate with the authorities' },
    'no-cooperating': {
      type: 'boolean',
      description: 'They do not agree to co-operate with the authorities',
    },
    local: {
      type: 'string',
      value: `local.json|${BUILT_IN_LOCAL_PATHWAYS.join('|')}`,
      description: "The council's local pathway: a JSON file, or one of the worked examples",
    },
    assumptions: {
      type: 'string',
      value: 'assumptions.json',
      description:
        'Choices where the law is unconfirmed, as JSON (PathwayAssumptions of @antislavery/pathways)',
    },
    'as-of': {
      type: 'string',
      value: 'date',
      description: 'Decide as the rules stood on this day (default: today in the UK)',
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      description: 'Output for people or programs (default: text)',
    },
  },
  examples: [
    {
      command: 'pathway --jurisdiction england --org-type police --under18 yes',
      description: 'A police officer in England meets a child.',
    },
    {
      command: 'pathway --jurisdiction england --org-type nhs --under18 no --consent refused --in-danger',
      description: 'A nurse is worried about an adult in danger who does not want to be referred.',
    },
    {
      command: 'pathway --facts case.json --local derby-and-derbyshire --as-of 2026-04-01 --format json',
      description: "Decide from a file of facts with Derby and Derbyshire's local pathway, as JSON.",
    },
  ],
  exitCodes: {
    0: 'the decision was printed',
    2: 'the facts, the local pathway or the command line need putting right',
  },
};
