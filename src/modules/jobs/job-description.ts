import type MarkdownIt from 'markdown-it';
import { loadOnFirstUse } from '../../platform/loading/load-on-first-use.js';

type MarkdownRenderer = InstanceType<typeof MarkdownIt>;

const markdownIt = loadOnFirstUse<{ default: typeof MarkdownIt }>(import.meta.resolve('markdown-it'));
const SAFE_LINK = /^(https?:|mailto:)/i;
let markdown: MarkdownRenderer | undefined;

/**
 * Job descriptions in Markdown, rendered safely: raw HTML is off (a `<script>` in the text is shown as
 * text), only http(s) and mailto links survive, and links open without handing the page to the target.
 * Made by the first Markdown description shown, not at start-up (issue #18: markdown-it and its entity
 * tables are ≈ 65 ms of CPU to load, and only postings written in Markdown need them).
 */
function markdownRenderer(): MarkdownRenderer {
  if (markdown) return markdown;
  const { default: MarkdownItClass } = markdownIt();
  const renderer = new MarkdownItClass({ html: false, linkify: true, typographer: false });
  renderer.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());
  const defaultLinkOpen = renderer.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  renderer.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('rel', 'nofollow noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  markdown = renderer;
  return renderer;
}

/** HTML for a Markdown description; safe to place in a page as it is (see above). */
export function renderMarkdownDescription(text: string): string {
  return markdownRenderer().render(text);
}

/** Plain text as paragraphs: each blank-line-separated block, its lines kept. */
export function plainParagraphs(text: string): string[][] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.split(/\r?\n/).map((line) => line.trimEnd()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}
