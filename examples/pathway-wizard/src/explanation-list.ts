import { formatLongDate as longDate } from '@antislavery/model/calendar';
import type { ExplainedRule } from '@antislavery/pathways';
import { webLink } from './contact-details.js';
import { h } from './dom.js';

/**
 * A source of a rule, as its title, section and version.
 *
 * @param citation - the source
 * @returns the text
 *
 * @example
 * ```ts
 * import { citationLabel } from './explanation-list.js';
 *
 * citationLabel({ title: 'Modern Slavery Act 2015', section: 's52(1)' });
 * //=> 'Modern Slavery Act 2015, s52(1)'
 * ```
 */
export function citationLabel(citation: ExplainedRule['citation']): string {
  const { title, section, version } = citation;
  return [title, section, version === undefined ? undefined : `version ${version}`]
    .filter((part) => part !== undefined)
    .join(', ');
}

const citation = (source: ExplainedRule['citation']): Node =>
  source.url === undefined
    ? document.createTextNode(citationLabel(source))
    : webLink(source.url, citationLabel(source));

const inForce = ({ from, to }: ExplainedRule['inForce']) =>
  to === undefined
    ? `In force from ${longDate(from)}.`
    : `In force from ${longDate(from)} to ${longDate(to)}.`;

/**
 * The rules behind a decision as an ordered list: each rule's plain-English sentence, its main
 * source as a link, when it is in force, the local pathway it comes from (for a local rule), and
 * every source in a `<details>` element when there is more than one. Each item carries the rule's
 * id in `data-rule-id` and its stage in `data-stage`.
 *
 * @param rules - the rules, from the decision's explanation
 * @returns the list
 *
 * @example
 * ```ts
 * import { explanationList } from './explanation-list.js';
 *
 * explanationList([]).tagName;
 * //=> 'OL'
 * ```
 */
export function explanationList(rules: readonly ExplainedRule[]): HTMLOListElement {
  return h(
    'ol',
    { class: 'app-list app-list--number app-rules' },
    rules.map((rule) =>
      h(
        'li',
        { class: 'app-rule', 'data-rule-id': rule.id, 'data-stage': rule.stage },
        h('p', { class: 'app-body app-rule__sentence' }, rule.sentence),
        h('p', { class: 'app-body-s app-rule__source' }, 'Source: ', citation(rule.citation)),
        h(
          'p',
          { class: 'app-body-s app-rule__in-force' },
          inForce(rule.inForce),
          rule.from === 'national' ? null : ` From ${rule.from}.`,
        ),
        rule.sources.length < 2
          ? null
          : h(
              'details',
              { class: 'app-details' },
              h(
                'summary',
                { class: 'app-details__summary' },
                `All ${rule.sources.length} sources for this rule`,
              ),
              h(
                'ul',
                { class: 'app-list app-list--bullet app-details__text' },
                rule.sources.map((source) => h('li', {}, citation(source))),
              ),
            ),
      ),
    ),
  );
}
