/**
 * What an element built by {@link h} can hold: elements, text (always added as text, never parsed
 * as HTML), and `null`, `undefined` or `false` for nothing, so optional parts can be written inline.
 *
 * @example
 * ```ts
 * import type { Child } from './dom.js';
 *
 * const children: Child[] = ['Call ', null, 'now'];
 * ```
 */
export type Child = Node | string | null | undefined | false;

/**
 * Builds an element with attributes and children. Text is added with text nodes, so nothing from
 * the rules or the answers is ever parsed as HTML. An attribute whose value is `undefined` is left
 * out.
 *
 * @param tag - the element's tag name
 * @param attributes - attribute names and values (`class`, `id`, `aria-describedby`, ...)
 * @param children - what goes inside, in order
 * @returns the element
 *
 * @example
 * ```ts
 * import { h } from './dom.js';
 *
 * h('a', { class: 'app-link', href: 'tel:999' }, 'Call 999').outerHTML;
 * //=> '<a class="app-link" href="tel:999">Call 999</a>'
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * Text that screen readers read but that is not shown, such as the rest of a "Change" link's name.
 *
 * @param text - what to read out
 * @returns a span with the `app-visually-hidden` class
 *
 * @example
 * ```ts
 * import { visuallyHidden } from './dom.js';
 *
 * visuallyHidden(' if the person is under 18').className;
 * //=> 'app-visually-hidden'
 * ```
 */
export function visuallyHidden(text: string): HTMLSpanElement {
  return h('span', { class: 'app-visually-hidden' }, text);
}
