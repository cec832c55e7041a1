// @ts-check
// Small changes to how TypeDoc shows the guides (typedoc.json loads this file):
// - each guide is named in the site's navigation by its first heading, as on GitHub, rather than by
//   its file name, so the Markdown needs no front matter;
// - the guides come first in the navigation, in the order typedoc.json lists them, then the
//   packages;
// - text such as "GOV.UK" or "gov.scot" is not turned into a link: only written links and full
//   addresses (https://...) are links;
// - an anchor written as HTML, `<a id="s1"></a>` (as the lists of sources are), counts as an anchor
//   when TypeDoc checks the links between guides, as it does on GitHub.

import { Application, Comment, Converter, Renderer } from 'typedoc';

/**
 * Loads the plugin.
 *
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const heading = /^#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(Comment.combineDisplayParts(document.content));
    if (heading?.[1]) document.name = heading[1].replace(/`/g, '');
  });
  // Before TypeDoc groups the merged project (at a lower priority).
  app.on(Application.EVENT_PROJECT_REVIVE, (project) => {
    project.childrenIncludingDocuments = [...(project.documents ?? []), ...(project.children ?? [])];
  });
  // After TypeDoc has made its Markdown parser for the run (at a higher priority).
  app.renderer.on(
    Renderer.EVENT_BEGIN,
    () => {
      const marked = /** @type {MarkedPlugin} */ (/** @type {unknown} */ (app.renderer.markedPlugin));
      const { parser } = marked;
      if (!parser) return;
      parser.linkify.set({ fuzzyLink: false });
      parser.core.ruler.push('html-anchors', (state) => {
        for (const token of state.tokens) {
          for (const part of token.type === 'inline' ? (token.children ?? []) : [token]) {
            if (part.type !== 'html_inline' && part.type !== 'html_block') continue;
            for (const anchor of part.content.matchAll(/<a id="([\w-]+)">/g)) {
              if (anchor[1]) marked.getSlugger().slug(anchor[1]);
            }
          }
        }
      });
    },
    -100,
  );
}

/**
 * The parts of TypeDoc's Markdown plugin used here.
 *
 * @typedef {{ type: string, content: string, children?: Token[] | null }} Token
 * @typedef {{
 *   parser?: {
 *     linkify: { set(options: object): void },
 *     core: { ruler: { push(name: string, rule: (state: { tokens: Token[] }) => void): void } },
 *   },
 *   getSlugger(): { slug(value: string): string },
 * }} MarkedPlugin
 */
