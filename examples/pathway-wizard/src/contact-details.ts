import type { PathwayContact } from '@antislavery/pathways';
import { h } from './dom.js';

/**
 * A web address as link text: without `https://` or a trailing slash, so the link says where it
 * goes in few words.
 *
 * @param url - the address
 * @returns the text to show
 *
 * @example
 * ```ts
 * import { displayUrl } from './contact-details.js';
 *
 * displayUrl('https://www.modernslaveryhelpline.org/');
 * //=> 'www.modernslaveryhelpline.org'
 * ```
 */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * A link to a web page, or the address as plain text if it is not an `http` or `https` address
 * (the rules' data is trusted, but a link is only made where it is safe to follow).
 *
 * @param url - the address
 * @param text - the link text; the address itself when not given
 * @returns the link, or a text node
 *
 * @example
 * ```ts
 * import { webLink } from './contact-details.js';
 *
 * webLink('javascript:alert(1)').nodeName;
 * //=> '#text'
 * ```
 */
export function webLink(url: string, text: string = displayUrl(url)): Node {
  return /^https?:\/\//.test(url)
    ? h('a', { class: 'app-link', href: url }, text)
    : document.createTextNode(text);
}

/**
 * Who to contact and how: the contact's name, then any telephone number (as a `tel:` link), email
 * address, web page, opening hours and note it has.
 *
 * @param contact - the contact, from the decision
 * @returns the details
 *
 * @example
 * ```ts
 * import { contactDetails } from './contact-details.js';
 *
 * contactDetails({ name: 'Police (emergency)', phone: '999', from: 'national' }).querySelector('a')?.href;
 * //=> 'tel:999'
 * ```
 */
export function contactDetails(contact: PathwayContact): HTMLElement {
  const { phone, email, url, hours, notes } = contact;
  const lines: [string, Node | string][] = [];
  if (phone !== undefined) {
    lines.push(['Telephone', h('a', { class: 'app-link', href: `tel:${phone.replace(/\s/g, '')}` }, phone)]);
  }
  if (email !== undefined)
    lines.push(['Email', h('a', { class: 'app-link', href: `mailto:${email}` }, email)]);
  if (url !== undefined) lines.push(['Website', webLink(url)]);
  if (hours !== undefined) lines.push(['Opening hours', hours]);
  return h(
    'div',
    { class: 'app-contact' },
    h('p', { class: 'app-contact__name' }, contact.name),
    lines.length === 0
      ? null
      : h(
          'ul',
          { class: 'app-list app-contact__lines' },
          lines.map(([label, value]) => h('li', {}, `${label}: `, value)),
        ),
    notes === undefined ? null : h('p', { class: 'app-contact__notes' }, notes),
  );
}
