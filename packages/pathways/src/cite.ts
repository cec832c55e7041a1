import { type Citation, formatCitation, type Rule } from '@antislavery/rules';
import { isSourceTag, PATHWAY_SOURCES, type SourceTag } from './sources.js';

/** A source a rule cites: its tag, with the section or paragraph where it says so. Internal. */
export type SourceRef = SourceTag | { readonly tag: SourceTag; readonly section: string };

const tagOf = (ref: SourceRef): SourceTag => (typeof ref === 'string' ? ref : ref.tag);

/** The citation of one source reference. Internal. */
export function citationOf(ref: SourceRef): Citation {
  const source: Citation = PATHWAY_SOURCES[tagOf(ref)];
  return typeof ref === 'string' ? source : { ...source, section: ref.section };
}

/** The prefix of a rule's tags that name its sources. Internal. */
export const SOURCE_TAG_PREFIX = 'source:';

/** What a national rule is written with. Internal. */
export type NationalRuleSpec<Outcome> = Omit<Rule<Outcome>, 'citation' | 'tags' | 'locked' | 'inForce'> & {
  /** The sources, main source first. */
  readonly sources: readonly [SourceRef, ...SourceRef[]];
  /** A citation to use instead of the main source's, where the rule cites a law through a source. */
  readonly citation?: Citation;
  /** The first day in force. */
  readonly from: string;
  /** The last day in force. */
  readonly to?: string;
};

/**
 * A national rule: locked, so that no overlay can replace or disable it, citing its main source
 * and listing every source's tag in `tags`. Internal.
 */
export function nationalRule<Outcome>(spec: NationalRuleSpec<Outcome>): Rule<Outcome> {
  const { sources, citation, from, to, ...rule } = spec;
  return {
    ...rule,
    citation: citation ?? citationOf(sources[0]),
    inForce: to === undefined ? { from } : { from, to },
    tags: sources.map((ref) =>
      typeof ref === 'string'
        ? `${SOURCE_TAG_PREFIX}${ref}`
        : `${SOURCE_TAG_PREFIX}${ref.tag}|${ref.section}`,
    ),
    locked: true,
  };
}

/** The citations of a rule's sources, from its tags (`source:S1|s52(3)`). Internal. */
export function sourcesOf(rule: { readonly tags?: readonly string[] }): Citation[] {
  return (rule.tags ?? []).flatMap((tag) => {
    if (!tag.startsWith(SOURCE_TAG_PREFIX)) return [];
    const [key = '', section] = tag.slice(SOURCE_TAG_PREFIX.length).split('|');
    if (!isSourceTag(key)) return [];
    return [section === undefined ? PATHWAY_SOURCES[key] : { ...PATHWAY_SOURCES[key], section }];
  });
}

/** The source tags of a rule, from its tags. Internal. */
export function sourceTagsOf(rule: { readonly tags?: readonly string[] }): SourceTag[] {
  return (rule.tags ?? []).flatMap((tag) => {
    const key = tag.startsWith(SOURCE_TAG_PREFIX)
      ? tag.slice(SOURCE_TAG_PREFIX.length).split('|')[0]
      : undefined;
    return isSourceTag(key) ? [key] : [];
  });
}

/**
 * A rule's citation and every other source, each written as one line by `formatCitation` and
 * joined with semicolons, each source once. Internal.
 */
export function citationText(rule: {
  readonly citation: Citation;
  readonly tags?: readonly string[];
}): string {
  const lines = [rule.citation, ...sourcesOf(rule)].map(formatCitation);
  return [...new Set(lines)].join('; ');
}
