import { readdirSync, readFileSync } from 'node:fs';
import { JURISDICTIONS, RESPONDER_TYPES } from '@antislavery/model';
import { type CaseFile, formatCaseReport } from '@antislavery/rules';
import { loadCaseFile } from '@antislavery/rules/json';
import { describe, expect, it } from 'vitest';
import { type PathwayAssumptions, pathwayAssumptionsSchema } from './assumptions.js';
import { defineLocalPathway, type LocalPathway } from './local-pathway.js';
import { derbyAndDerbyshireLocalPathway } from './local-pathways/derby-and-derbyshire.js';
import { wolverhamptonLocalPathway } from './local-pathways/wolverhampton.js';
import { pathwayRules } from './pathway-rule-catalogue.js';
import { RESPONDER_STATUS_RULE_SET } from './responder-status-rules.js';
import { runPathwayCases } from './run-pathway-cases.js';

// The case files under cases/ state, for each case, the rules that fire and what they
// contribute, worked out from the sources (each case's description names them), not from the
// code. They run through the engine's case runner, as the CLI's `conformance` command runs them.

const directory = new URL('../cases/', import.meta.url);
const files = readdirSync(directory).filter(
  (file) =>
    file.endsWith('.json') && !file.endsWith('.local-pathway.json') && !file.endsWith('.assumptions.json'),
);
const json = (file: string): unknown => JSON.parse(readFileSync(new URL(file, directory), 'utf8'));

const LOCAL_PATHWAYS: readonly LocalPathway[] = [
  wolverhamptonLocalPathway,
  derbyAndDerbyshireLocalPathway,
  defineLocalPathway(json('example-ictg-area.local-pathway.json')),
];

function load(file: string): CaseFile {
  const loaded = loadCaseFile(json(file));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.issues, null, 2)}`);
  return loaded.caseFile;
}

// A case file runs with the national defaults, except where a `<name>.assumptions.json` beside it
// states the assumptions a caller can make where the law is unconfirmed (as the CLI's
// `conformance` command reads them).
const assumptionsFor = (file: string): PathwayAssumptions | undefined => {
  const name = file.replace(/\.json$/, '.assumptions.json');
  return readdirSync(directory).includes(name) ? pathwayAssumptionsSchema.parse(json(name)) : undefined;
};

const caseFiles = files.map((file) => ({ file, caseFile: load(file) }));
const localFor = (caseFile: CaseFile) => LOCAL_PATHWAYS.find((local) => local.name === caseFile.ruleSet);
const reports = caseFiles.map(({ file, caseFile }) => {
  const local = localFor(caseFile);
  const assumptions = assumptionsFor(file);
  const options = {
    ...(local === undefined ? {} : { local }),
    ...(assumptions === undefined ? {} : { assumptions }),
  };
  return { file, caseFile, report: runPathwayCases(caseFile, options) };
});
const allCases = caseFiles.flatMap(({ caseFile }) => caseFile.cases);

describe('the case files', () => {
  it.each(reports.map(({ file, report }) => [file, report] as const))(
    '%s: every case passes',
    (_file, report) => {
      expect(report.failed, formatCaseReport(report)).toBe(0);
    },
  );

  it('hold at least 40 cases, with one file for each worked local pathway', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(40);
    for (const local of [wolverhamptonLocalPathway, derbyAndDerbyshireLocalPathway]) {
      expect(caseFiles.some(({ caseFile }) => caseFile.ruleSet === local.name)).toBe(true);
    }
  });

  it('name a rule set the runner knows', () => {
    for (const { caseFile } of caseFiles) {
      expect([
        RESPONDER_STATUS_RULE_SET.name,
        'National referral pathway',
        ...LOCAL_PATHWAYS.map((local) => local.name),
      ]).toContain(caseFile.ruleSet);
    }
  });

  it('make every rule fire at least once', () => {
    const fired = new Set(
      reports.flatMap(({ report }) =>
        report.results.flatMap(
          (result) => result.evaluation?.outcomes.map((outcome) => outcome.ruleId) ?? [],
        ),
      ),
    );
    const local = ['local.child-nrm-referral-by-childrens-services', 'local.keep-child-and-family-updated'];
    const ids = [...new Set([...pathwayRules().map((rule) => rule.id), ...local])];
    expect(ids.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('cover every jurisdiction and every type of organisation', () => {
    const facts = allCases.map(
      (testCase) => testCase.facts as { jurisdiction: string; responder: { organisationType: string } },
    );
    expect(new Set(facts.map((fact) => fact.jurisdiction))).toEqual(new Set(JURISDICTIONS));
    expect(new Set(facts.map((fact) => fact.responder.organisationType))).toEqual(new Set(RESPONDER_TYPES));
  });

  it('cover the dates on which the rules change', () => {
    const dates = new Set(allCases.map((testCase) => testCase.asOf));
    for (const date of [
      '2009-04-01',
      '2015-10-31',
      '2015-11-01',
      '2021-01-03',
      '2021-01-04',
      '2021-05-31',
      '2021-06-01',
      '2022-05-31',
      '2022-06-01',
      '2023-01-29',
      '2023-01-30',
      '2023-06-30',
      '2023-07-01',
      '2026-02-28',
      '2026-03-01',
      '2019-12-31',
      '2020-01-01',
    ]) {
      expect(dates, date).toContain(date);
    }
  });
});
