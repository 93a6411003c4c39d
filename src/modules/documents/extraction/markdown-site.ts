/**
 * Markdown written for a static-site generator or a note app (MkDocs Material, Hugo, Jekyll's kramdown,
 * Obsidian) carries syntax of its own that the page renders as decoration or layout: icon shortcodes
 * (`:material-phone:`, `:fontawesome-brands-github:`, `{{< icon "phone" >}}`), admonitions (`!!! abstract
 * "Profile"` over a body indented four spaces, `???` for a collapsed one), callouts (`> [!info] Title`),
 * attribute lists after an element (`{ .md-button }`, `{: .note}`), wikilinks (`[[Employer]]`,
 * `[[Page|shown text]]`), inline fields (`English:: Native`) and task items (`- [x] …`). Left in, an icon in
 * front of "Experience" hides the heading and an admonition's body reads as code. This reads each as what
 * the page shows: the icon as nothing, an admonition's title as a heading over its body, a wikilink as its
 * text. A document with none of them is returned unchanged. The YAML front matter is left to
 * `markdown-front-matter.ts`.
 */
import { frontMatterEnd } from './markdown-pandoc.js';

/** MkDocs Material's icon and emoji shortcodes: `:material-map-marker:`, `:fontawesome-solid-phone:`, `:octicons-mail-16:`. */
const ICON_SHORTCODE = /:(?:material|fontawesome|octicons|simple)-[\w-]+:[ \t]?/g;
/** A GitHub/Obsidian emoji shortcode standing as a word of its own: `:email:`, `:round_pushpin:`. */
const EMOJI_SHORTCODE = /(?<![^\s(]):[a-z\d_+]+:(?:[ \t]|$)/g;
/** A Hugo shortcode: `{{< icon "phone" >}}`, `{{% fa envelope %}}`. */
const HUGO_SHORTCODE = /\{\{[<%][^{}\n]*[>%]\}\}[ \t]?/g;
/** An attribute list after an element: `{ .md-button }`, `{: .class #id }`, `{:target="_blank"}`. */
const ATTRIBUTE_LIST = / ?\{(?::[^{}\n]*|[ \t]*[#.][\w-][^{}\n]*)\}/g;
/** An admonition's opening line: `!!! note "Title"`, `??? info`, `???+ tip ""`. */
const ADMONITION = /^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"\n]*)")?[ \t]*$/;
/** An Obsidian or GitHub callout's first line inside a quote: `> [!info] Title`, `> [!NOTE]- Title`. */
const CALLOUT = /^(\s*>\s*)\[![\w-]+\][+-]?[ \t]*/;
/** `[[Target]]`, `[[Target|Shown]]`, `![[embedded file]]`. */
const WIKILINK = /(!?)\[\[([^[\]|\n]+)(?:\|([^[\]\n]+))?\]\]/g;
/** A Dataview inline field in a line or list item: `English:: Native`. */
const INLINE_FIELD = /(?<=[^\s:])::(?=[ \t])/;
/** A task item: `- [x] done`, `- [ ] to do`. */
const TASK_ITEM = /^(\s*[-*+]\s+)\[[ xX]\][ \t]+/;

/** An admonition's body: indented four spaces (or a tab) under its opening line; blank lines inside it kept. */
function admonitionBodyEnd(lines: readonly string[], start: number): number {
  let end = start;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    if (!/^(?: {4}|\t)/.test(line)) break;
    end = index + 1;
  }
  return end;
}

function withoutInlineSiteMarkup(line: string): string {
  return line
    .replace(ICON_SHORTCODE, '')
    .replace(HUGO_SHORTCODE, '')
    .replace(EMOJI_SHORTCODE, '')
    .replace(ATTRIBUTE_LIST, '')
    .replace(WIKILINK, (_match, embed: string, target: string, shown: string | undefined) => (embed ? '' : (shown ?? target).trim()))
    .replace(TASK_ITEM, '$1')
    .replace(INLINE_FIELD, ':')
    .replace(CALLOUT, '$1');
}

/** The Markdown without the site generator's and note app's own syntax, read as described above. */
export function withoutSiteMarkup(markdown: string): string {
  const source = markdown.split('\n');
  const bodyStart = frontMatterEnd(source) + 1;
  const out = source.slice(0, bodyStart);
  for (let index = bodyStart; index < source.length; index++) {
    const line = source[index]!;
    const admonition = ADMONITION.exec(line);
    if (admonition) {
      // The title (if any) heads the body, which is the admonition's text, not an indented code block.
      const title = admonition[1]?.trim();
      if (title) out.push(`#### ${withoutInlineSiteMarkup(title)}`, '');
      const end = admonitionBodyEnd(source, index + 1);
      for (const bodyLine of source.slice(index + 1, end)) out.push(withoutInlineSiteMarkup(bodyLine.replace(/^(?: {4}|\t)/, '')));
      index = end - 1;
      continue;
    }
    const callout = CALLOUT.exec(line);
    // A callout without a title draws only its icon: nothing to read on that line.
    if (callout && line.slice(callout[0].length).trim() === '') continue;
    out.push(withoutInlineSiteMarkup(line));
  }
  return out.join('\n');
}
