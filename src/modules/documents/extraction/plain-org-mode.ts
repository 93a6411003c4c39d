// An Emacs Org-mode source saved as text (issue #10 §2): "#+TITLE:" keyword lines, "* " headings, entries as
// "** " headings with a property drawer (":PROPERTIES:" / ":DEGREE: …" / ":YEARS: …" / ":END:"), description
// lists ("- Phone :: …"), links "[[url][text]]" and tables "| Language | Level |" over "|---+---|". The markup is
// read as what an exported page shows: the title, subtitle and e-mail as the header, a heading as its text, a
// property's value as a line of its entry (the drawer's keys are Org's names, not the writer's words), a
// description item as "term: definition", a link as its text (and its address when the text is another),
// a table row as cells. Other texts are unchanged.

import type { PlainTextReader } from './plain-text-reader.js';

/** "#+TITLE: Anton Lind": an Org keyword line, its key and value. */
const KEYWORD_LINE = /^#\+([A-Z_]+):(.*)$/i;
/** "** Orchard Manager — Äppelgården": a heading and its stars. */
const HEADING_LINE = /^\*+[ \t]+(?=\S)/;
/** ":DEGREE: MSc in Horticultural Science": a property inside a drawer, its value. */
const PROPERTY_LINE = /^[ \t]*:[A-Z][\w-]*:(.*)$/i;
const DRAWER_START = /^[ \t]*:PROPERTIES:[ \t]*$/i;
const DRAWER_END = /^[ \t]*:END:[ \t]*$/i;
/** "- Phone :: +358 …": a description list item, its marker, term and definition. */
const DESCRIPTION_ITEM = /^[ \t]*[-+][ \t]+(?=\S)([^:\n]+)::(?=[ \t])/;
/** "[[https://…][text]]", "[[mailto:a@b.c][a@b.c]]", "[[https://…]]": an Org link. */
const LINK = /\[\[([^[\]]+)\](?:\[([^[\]]+)\])?\]/g;
/** "|----------+-------|": a table's rule row. */
const TABLE_RULE = /^[ \t]*\|[-+| \t]*$/;

/** Keywords that show on an exported page's header, in the order a reader sees them. */
const HEADER_KEYWORDS = ['title', 'subtitle', 'email'] as const;

/** Org-mode when the text opens with keyword lines and has headings: one stray "#+" is no Org source. */
function isOrgSource(lines: readonly string[]): boolean {
  const keywords = lines.filter((line) => KEYWORD_LINE.test(line)).length;
  return keywords >= 2 && lines.some((line) => HEADING_LINE.test(line));
}

function withLinksAsText(line: string): string {
  return line.replace(LINK, (_match, target: string, text: string | undefined) => {
    const address = target.replace(/^mailto:/i, '');
    if (text === undefined || text === address || text === target) return address;
    return `${text} (${address})`;
  });
}

function tableRowAsCells(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .join('\t');
}

/** Org mode (see above): gate, an Org source's lines; read, the markup as the page it exports to. */
export const orgModeReader: PlainTextReader<readonly string[]> = {
  name: 'Org mode',
  gate(text) {
    const lines = text.split('\n');
    return isOrgSource(lines) ? lines : undefined;
  },
  read: orgSourceAsText,
};

function orgSourceAsText(lines: readonly string[]): string {
  const header = new Map<string, string>();
  let headerAt: number | undefined;
  const out: string[] = [];
  let inDrawer = false;
  for (const line of lines) {
    const keyword = KEYWORD_LINE.exec(line);
    if (keyword) {
      const key = keyword[1]!.toLowerCase();
      const value = keyword[2]!.trim();
      // "#+AUTHOR:" names the writer when no title does; "#+OPTIONS:", "#+LANGUAGE:" are settings.
      if (value !== '' && (HEADER_KEYWORDS.includes(key as (typeof HEADER_KEYWORDS)[number]) || (key === 'author' && !header.has('title')))) {
        header.set(key === 'author' ? 'title' : key, value);
        headerAt ??= out.length;
      }
      continue;
    }
    if (DRAWER_START.test(line)) {
      inDrawer = true;
      continue;
    }
    if (inDrawer) {
      if (DRAWER_END.test(line)) inDrawer = false;
      else {
        const value = PROPERTY_LINE.exec(line)?.[1]?.trim();
        if (value) out.push(withLinksAsText(value));
      }
      continue;
    }
    if (TABLE_RULE.test(line) && line.includes('-')) continue;
    const heading = HEADING_LINE.exec(line);
    if (heading) {
      out.push(withLinksAsText(line.slice(heading[0].length).trim()));
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      out.push(tableRowAsCells(withLinksAsText(line)));
      continue;
    }
    const description = DESCRIPTION_ITEM.exec(line);
    out.push(withLinksAsText(description ? `${description[1]!.trim()}: ${line.slice(description[0].length).trim()}` : line));
  }
  const headerLines = HEADER_KEYWORDS.map((key) => header.get(key)).filter((value): value is string => value !== undefined);
  out.splice(headerAt ?? 0, 0, ...headerLines);
  return out.join('\n');
}
