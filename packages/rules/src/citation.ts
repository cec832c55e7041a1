/**
 * Where a rule or a parameter value comes from: the source's title, the section or paragraph, a
 * link and the version or date of the source.
 *
 * @example
 * ```ts
 * import type { Citation } from '@antislavery/rules';
 *
 * const s54: Citation = {
 *   title: 'Modern Slavery Act 2015',
 *   section: 's54(1)',
 *   url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/54',
 * };
 * ```
 */
export interface Citation {
  /** The source: an Act, regulations, statutory guidance or a local policy. */
  readonly title: string;
  /** The section, regulation or paragraph, such as `s54(6)` or `para 4.2`. */
  readonly section?: string;
  /** A link to the source. */
  readonly url?: string;
  /** The version or date of the source, such as `2025` or `v3.1`. */
  readonly version?: string;
}

/**
 * Writes a citation as one line of plain text: title, section, version and link.
 *
 * @example
 * ```ts
 * import { formatCitation } from '@antislavery/rules';
 *
 * formatCitation({ title: 'Modern Slavery Act 2015', section: 's54(6)', url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/54' });
 * //=> 'Modern Slavery Act 2015, s54(6) (https://www.legislation.gov.uk/ukpga/2015/30/section/54)'
 * ```
 */
export function formatCitation(citation: Citation): string {
  let text = citation.title;
  if (citation.section) text += `, ${citation.section}`;
  if (citation.version) text += `, version ${citation.version}`;
  if (citation.url) text += ` (${citation.url})`;
  return text;
}
