import { readFileSync, writeFileSync } from 'node:fs';
import { JURISDICTION_LABELS, JURISDICTIONS, type Jurisdiction } from '@antislavery/model';
import { formatLongDate } from '@antislavery/model/calendar';
import { formatCitation, type InForce } from '@antislavery/rules';
import { describe, expect, it } from 'vitest';
import { PARAMETER_DEFINITIONS, type ParameterEntry } from './parameter-data.js';
import { type PathwayRuleSummary, pathwayRules } from './pathway-rule-catalogue.js';
import { PATHWAY_SOURCES } from './sources.js';
import { PATHWAY_RULES_VERSION } from './version.js';

// docs/pathway-rules.md is the rule sets rendered: this test fails when they differ, so the page
// cannot drift from the rules. To regenerate it after changing a rule, run:
//   UPDATE_PATHWAY_RULES=1 npx vitest run packages/pathways/src/rules-page.test.ts

const page = new URL('../../../docs/pathway-rules.md', import.meta.url);

const longDate = formatLongDate;

function period(inForce: { readonly from: string; readonly to?: string }): string {
  return inForce.to === undefined
    ? `from ${longDate(inForce.from)}`
    : `from ${longDate(inForce.from)} to ${longDate(inForce.to)}`;
}

function nations(jurisdictions: readonly Jurisdiction[]): string {
  if (jurisdictions.length === JURISDICTIONS.length) return 'all four nations';
  const labels = jurisdictions.map((jurisdiction) => JURISDICTION_LABELS[jurisdiction]);
  return labels.length === 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

function ruleLines(forms: readonly PathwayRuleSummary[]): string[] {
  const first = forms[0];
  if (first === undefined) return [];
  const lines = [`### \`${first.id}\``, ''];
  for (const form of forms) {
    const inForce: InForce = form.inForce;
    if (forms.length > 1) lines.push(`In ${nations(form.jurisdictions)}:`, '');
    lines.push(form.description, '');
    lines.push(
      form.stage === 'responder-status'
        ? `- In force ${period(inForce)}, in every nation (the rule says where it applies).`
        : `- Applies in ${nations(form.jurisdictions)}, ${period(inForce)}.`,
    );
    lines.push(`- Cites: ${formatCitation(form.citation)}.`);
    lines.push(`- Sources: ${form.sourceTags.map((tag) => `[${tag}](#${tag.toLowerCase()})`).join(', ')}.`);
    lines.push('');
  }
  return lines;
}

function parameterLines(): string[] {
  const lines: string[] = [];
  for (const [name, definition] of Object.entries(PARAMETER_DEFINITIONS)) {
    lines.push(
      `### \`${name}\``,
      '',
      `${definition.description[0]?.toUpperCase()}${definition.description.slice(1)}.`,
      '',
    );
    const unit = 'unit' in definition ? ` ${definition.unit}` : '';
    for (const jurisdiction of JURISDICTIONS) {
      const entries: readonly ParameterEntry<string | number>[] = definition.versions[jurisdiction];
      if (entries.length === 0) {
        lines.push(`- ${JURISDICTION_LABELS[jurisdiction]}: no value in the sources.`);
        continue;
      }
      for (const entry of entries) {
        const value = typeof entry.value === 'number' ? `${entry.value}${unit}` : `“${entry.value}”`;
        const tags = entry.sources.map((source) => (typeof source === 'string' ? source : source.tag));
        const note = entry.note === undefined ? '' : ` ${entry.note}`;
        lines.push(
          `- ${JURISDICTION_LABELS[jurisdiction]}: ${value}, ${period(entry)}. Sources: ${tags.map((tag) => `[${tag}](#${tag.toLowerCase()})`).join(', ')}.${note}`,
        );
      }
    }
    lines.push('');
  }
  return lines;
}

function render(): string {
  const rules = pathwayRules();
  const byId = new Map<string, PathwayRuleSummary[]>();
  for (const rule of rules) byId.set(rule.id, [...(byId.get(rule.id) ?? []), rule]);
  const section = (stage: PathwayRuleSummary['stage']) =>
    [...byId.values()].filter((forms) => forms[0]?.stage === stage).flatMap(ruleLines);
  const lines = [
    '# Pathway rules',
    '',
    '<!-- Generated from pathwayRules() in packages/pathways; a test checks it. Do not edit by hand:',
    '     UPDATE_PATHWAY_RULES=1 npx vitest run packages/pathways/src/rules-page.test.ts -->',
    '',
    'Every rule of the national referral pathway, with where it applies, the dates it is in force and',
    'its sources, and every parameter. See [Deciding a referral pathway](deciding-a-pathway.md) for how',
    'they are used. Every rule is locked: a local pathway can add rules, never replace or disable one.',
    '',
    `Rule set version ${PATHWAY_RULES_VERSION}: ${byId.size} rules.`,
    '',
    '## Responder status',
    '',
    'Evaluated first: whether the responder works for a first responder organisation in the nation',
    'where the person was encountered, and whether their organisation has the duty to notify there.',
    '',
    ...section('responder-status'),
    '## The national rules',
    '',
    'Evaluated with the responder status, the facts of the person and the local pathway.',
    '',
    ...section('pathway'),
    '## Parameters',
    '',
    'Effective-dated values, given by `pathwayParameters`.',
    '',
    ...parameterLines(),
    '## Sources',
    '',
    ...Object.entries(PATHWAY_SOURCES).map(
      ([tag, citation]) => `- <a id="${tag.toLowerCase()}"></a>**${tag}**: ${formatCitation(citation)}.`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

describe('docs/pathway-rules.md', () => {
  it('lists every rule, parameter and source as the rule sets hold them', () => {
    const expected = render();
    if (process.env.UPDATE_PATHWAY_RULES === '1') writeFileSync(page, expected);
    expect(readFileSync(page, 'utf8')).toBe(expected);
  });
});
