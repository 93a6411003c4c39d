import MarkdownIt from 'markdown-it';

/**
 * Job descriptions in Markdown, rendered safely: raw HTML is off (a `<script>` in the text is shown as
 * text), only http(s) and mailto links survive, and links open without handing the page to the target.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
const SAFE_LINK = /^(https?:|mailto:)/i;
markdown.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** HTML for a Markdown description; safe to place in a page as it is (see above). */
export function renderMarkdownDescription(text: string): string {
  return markdown.render(text);
}

/** Plain text as paragraphs: each blank-line-separated block, its lines kept. */
export function plainParagraphs(text: string): string[][] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.split(/\r?\n/).map((line) => line.trimEnd()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}
