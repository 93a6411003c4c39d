import { DocumentRejectedError } from './document-rejected.error.js';
import type { ExtractedDocument } from './extracted-document.js';
import { decodeUtf8Text } from './file-type-detector.js';
import { readFrontMatter } from './markdown-front-matter.js';
import { markdownHtmlAsMarkdown } from './markdown-html.js';
import { pagedownResumeInReadingOrder } from './markdown-pagedown.js';
import { withoutPandocMarkup } from './markdown-pandoc.js';
import { withoutSiteMarkup } from './markdown-site.js';
import { chatExportReader } from './plain-chat-export.js';
import { marginColumnReader } from './plain-margin-column.js';
import { orgModeReader } from './plain-org-mode.js';
import { outlineReader } from './plain-outline.js';
import { doubledLinesReader } from './plain-doubled-lines.js';
import { quotedReplyReader } from './plain-quoted-reply.js';
import { type PlainTextReader, readWith } from './plain-text-reader.js';
import { containsDate } from './resume-dates.js';

/**
 * Markdown is reduced to the text a reader sees (headings without `#`, links as "text (url)",
 * no emphasis markers, HTML tags read as the blocks they draw) so the résumé parser handles it like
 * any other document. Bullets are kept.
 */
export function markdownToPlainText(markdown: string): string {
  const lines = withNestedListHeaders(markdownHtmlAsMarkdown(markdown).split('\n'))
    .map(codeSpanListAsList)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/(?<!\s)\s+#+\s*$/, '')
        .replace(/^\s*(?:[-*+])\s+/, '• ')
        // A callout's type ("> [!info] Title") is dropped before this, with the other note-app markup (markdown-site.ts).
        .replace(/^\s*>\s?/, '')
        .replace(/!\[[^\][]*\]\([^)\]]*\)/g, '')
        .replace(/\[([^\][]+)\]\((\S[^\s)\]]*)\)/g, (_match, label: string, url: string) => (label === url ? url : `${label} (${url})`))
        .replace(/<(https?:\/\/[^<>]+)>/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, '')
        .replace(/(?:(?<!\s)\s+)?\|\s*/g, (separator) => (line.trimStart().startsWith('|') ? '\t' : separator)),
    )
    .map((line) => line.replace(/^\t|\t$/g, '').trimEnd())
    .filter((line) => !/^[\t :-]+$/.test(line) || line === '');
  return withDefinitionsOnTermLines(lines).join('\n');
}

/** A Markdown list item: its indentation and marker. */
const MARKDOWN_ITEM = /^(\s*)[-*+]\s+(?=\S)/;
/** The end of a sentence, which a header line or a line of dates does not have. */
const SENTENCE_END = /[.!?]$/;

/**
 * A nested Markdown list is an outline: an item with items indented under it ("- **Title** at Employer"
 * over "- dates · place" and the duties) heads them, as a header line, not a bullet; and an item under such a
 * header holding the dates ("- July 2020 – present · Town", "- *Role*, Jan 2016 – Mar 2020") is a header line
 * too, while the sentences and the list items without dates stay bullets. A flat list is untouched.
 */
function withNestedListHeaders(lines: readonly string[]): string[] {
  const indentOf = (line: string): number | undefined => MARKDOWN_ITEM.exec(line)?.[1]!.replace(/\t/g, '    ').length;
  const nextItemIndent = (index: number): number | undefined => {
    let next = index + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    return next < lines.length ? indentOf(lines[next]!) : undefined;
  };
  // Under a header whose items hold its dates, an item named in a few capitalised words ("BSc (Hons) Geology")
  // is a field of the entry too; a list of skills or duties under a group name has no dates.
  const datedChildren = (index: number, indent: number): boolean => {
    for (let next = index + 1; next < lines.length; next++) {
      const childIndent = indentOf(lines[next]!);
      if (childIndent === undefined ? lines[next]!.trim() !== '' && !/^\s/.test(lines[next]!) : childIndent <= indent) return false;
      if (childIndent !== undefined && containsDate(lines[next]!)) return true;
    }
    return false;
  };
  // The indents of the header items the current item sits under, outermost first, and whether each dates its items.
  const headers: Array<{ indent: number; dated: boolean }> = [];
  return lines.map((line, index) => {
    const indent = indentOf(line);
    if (indent === undefined) {
      if (line.trim() !== '' && !/^\s/.test(line)) headers.length = 0;
      return line;
    }
    while (headers.length > 0 && headers.at(-1)!.indent >= indent) headers.pop();
    const text = line.slice(MARKDOWN_ITEM.exec(line)![0].length).trimEnd();
    const childIndent = nextItemIndent(index);
    if (childIndent !== undefined && childIndent > indent) {
      headers.push({ indent, dated: datedChildren(index, indent) });
      return text;
    }
    const header = headers.at(-1);
    if (header && !SENTENCE_END.test(text) && (containsDate(text) || (header.dated && isNameLike(text)))) return text;
    return line;
  });
}

/** A line named in capitalised words, at most one of them (after the first) lower-case: "Certificate in Wildlife Management". */
function isNameLike(text: string): boolean {
  const words = text.replace(/[*_`]/g, '').trim().split(/\s+/);
  return words.length <= 8 && words.slice(1).filter((word) => /^\p{Ll}/u.test(word)).length <= 1;
}

/** A line that is only inline code spans (`` `Python` `SQL` ``): a list of items, one per span. */
const CODE_SPAN_LIST = /^`[^`]+`(?:\s+`[^`]+`)+$/;

function codeSpanListAsList(line: string): string {
  const trimmed = line.trim();
  return CODE_SPAN_LIST.test(trimmed) ? trimmed.split(/`\s+`/).map((span) => span.replace(/`/g, '')).join(', ') : line;
}

/** A pandoc definition: ": text" (or "~ text") under its term. */
const DEFINITION = /^ {0,3}[:~](?: {1,4}|\t)(?=\S)/;

/**
 * Pandoc definition lists (`English` / `: Native`, `Tools` / `: Git, Docker`) read as "term: definition"
 * on one line, the way a label/value row reads everywhere else; a term's further definitions follow
 * after a comma.
 */
function withDefinitionsOnTermLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let termIndex: number | undefined;
  let hasDefinition = false;
  for (const line of lines) {
    const definition = DEFINITION.exec(line);
    if (definition && termIndex !== undefined) {
      // A blank line may separate a term from its definition ("loose" lists).
      if (out.length - 1 > termIndex) out.length = termIndex + 1;
      out[termIndex] += `${hasDefinition ? ',' : ':'} ${line.slice(definition[0].length).trim()}`;
      hasDefinition = true;
      continue;
    }
    if (line.trim() !== '') {
      termIndex = out.length;
      hasDefinition = false;
    } else if (hasDefinition) {
      termIndex = undefined;
    }
    out.push(line);
  }
  return out;
}

/** A line drawn with one repeated character: "=====" or "-----" under a heading, or a separator. */
const RULE_LINE = /^\s*([=_~*#-])\1{2,}\s*$/;
/** The top or bottom edge of a box drawn round a heading or the name: "┌─────┐", "╚═════╝", "+-----+". */
const BOX_EDGE = /^\s*[+┌┐└┘╔╗╚╝╭╮╯╰├┤╠╣]?[-=─━═]{3,}[+┌┐└┘╔╗╚╝╭╮╯╰├┤╠╣]?\s*$/;
const BOX_SIDES = new Set(['│', '┃', '║', '|']);

/**
 * A line of a box drawn with box-drawing characters or ASCII: its edges are decoration (a blank line),
 * a boxed line ("│ SUMMARY │", "| SKILLS |") is its text, and a vertical bar between a line's items
 * ("Title │ Employer │ place") is the separator it reads as.
 */
function withoutBoxDrawing(line: string): string {
  if (BOX_EDGE.test(line)) return '';
  const trimmed = line.trim();
  const boxed = trimmed.length >= 3 && BOX_SIDES.has(trimmed[0]!) && BOX_SIDES.has(trimmed.at(-1)!) ? trimmed.slice(1, -1).trim() : undefined;
  return (boxed ?? line).replace(/ [│┃║] /g, ' | ');
}
/** A list item of a plain-text résumé: indentation, a marker ("o" is Word's second-level bullet as text), the item. */
const LIST_ITEM = /^(\s*)(?:[•●▪◦‣∙·■□➢►▶✓✔*+–-]|o(?=\s+[\p{Lu}\d]))\s+(?=\S)/u;

/**
 * Plain text as a reader sees it. Rule lines under headings ("CAREER HISTORY" / "==========") are
 * decoration, not text: they become blank lines. A hard-wrapped list item continues on lines
 * indented to where its words start (a hanging indent); those lines are joined back into the item,
 * so a wrapped bullet's tail ("within two years.") is never read as a line of its own.
 */
export const reflowReader: PlainTextReader<readonly string[]> = {
  name: 'reflow',
  /** A line drawn as a box or a rule, or a list item (only after one can a line continue an item): the lines, boxes read. */
  gate(text) {
    const drawn = text.split('\n');
    const source = drawn.map(withoutBoxDrawing);
    return source.some((line, index) => line !== drawn[index] || RULE_LINE.test(line) || LIST_ITEM.test(line)) ? source : undefined;
  },
  read: reflowLines,
};

function reflowLines(source: readonly string[]): string {
  // Each output line as its pieces, joined once at the end (a long wrapped item stays linear).
  const lines: string[][] = [];
  // The column where the words of the list item being read start, if the last line was one.
  let hangingIndent: number | undefined;
  /** The indent of the next list item, when the next line with text is one. */
  const nextItemIndent = (index: number): number | undefined => {
    let next = index + 1;
    while (next < source.length && source[next]!.trim() === '') next++;
    return next < source.length ? LIST_ITEM.exec(source[next]!)?.[1]!.length : undefined;
  };
  for (const [index, line] of source.entries()) {
    if (RULE_LINE.test(line)) {
      lines.push(['']);
      hangingIndent = undefined;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    // "■ Company (2021.03 ~ 현재)" over items indented under it: a marked header of the items, not one of them.
    const subItemIndent = item ? nextItemIndent(index) : undefined;
    if (item && subItemIndent !== undefined && subItemIndent > item[1]!.length) {
      hangingIndent = undefined;
      lines.push([`${item[1]}${line.slice(item[0].length).trimEnd()}`]);
      continue;
    }
    if (item) {
      hangingIndent = item[0].length;
      lines.push([`${item[1]}• ${line.slice(item[0].length).trimEnd()}`]);
      continue;
    }
    const indent = line.length - line.trimStart().length;
    if (hangingIndent !== undefined && line.trim() !== '' && indent === hangingIndent) {
      lines.at(-1)!.push(line.trim());
      continue;
    }
    hangingIndent = undefined;
    lines.push([line]);
  }
  return lines.map((pieces) => pieces.join(' ')).join('\n');
}

const isTableRow = (line: string): boolean => line.length >= 2 && line.startsWith('|') && line.endsWith('|');
const TABLE_DELIMITER_CHARACTERS = /^[\s:|-]+$/;

/** Markdown tables: a `| … |` row followed by a `|---|:--|` delimiter row. A line scan, linear in the text. */
function countMarkdownTables(markdown: string): number {
  const lines = markdown.split('\n').map((line) => line.trim());
  let tables = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const delimiter = lines[i + 1]!;
    if (isTableRow(lines[i]!) && isTableRow(delimiter) && delimiter.length >= 3 && TABLE_DELIMITER_CHARACTERS.test(delimiter)) {
      tables++;
      i++;
    }
  }
  return tables;
}

/** Markdown as text, its YAML front matter (if any) read as the header lines a rendered page would show. */
function markdownWithFrontMatterToPlainText(source: string): string {
  // A pagedown résumé is put in the page's reading order (its aside after the intro); other R Markdown and
  // pandoc sources lose their attribute blocks, chunks and column headings.
  const pagedown = pagedownResumeInReadingOrder(source);
  if (pagedown !== undefined) return markdownToPlainText(pagedown);
  const markdown = withoutPandocMarkup(withoutSiteMarkup(source));
  const frontMatter = readFrontMatter(markdown);
  if (!frontMatter) return markdownToPlainText(markdown);
  return [...frontMatter.lines, '', markdownToPlainText(frontMatter.body)].join('\n');
}

/** Three or more spaces inside a line: a gap between aligned columns (a right-aligned date, a level beside a language). */
const COLUMN_GAP = /(?<=\S) {3,}(?=\S)/g;

/**
 * Plain text aligned in columns with spaces ("English       Native", "Acme Ltd        2019 – 2021")
 * reads with a tab between the columns, as a PDF's wide gaps do: a cell is never run into its neighbour.
 */
export const columnGapReader: PlainTextReader<string> = {
  name: 'column gaps',
  /** Three spaces or more between words on a line: the text. */
  gate: (text) => (text.search(COLUMN_GAP) >= 0 ? text : undefined),
  read: (text) => text.replace(COLUMN_GAP, '\t'),
};

/**
 * The whole-text readers of a .txt résumé, applied in this order, each to what the one before left; a
 * reader whose gate does not find its kind passes the text on unchanged. The order matters where one
 * layout wraps another: an Org source or a chat is unwrapped before a quote inside it, a quote before the
 * doubled lines of a profile pasted into it, a margin before the outline numbers and list items it hides,
 * the list items reflowed before column gaps become tabs. (A .md file is read as Markdown instead, its
 * front matter as header lines: `markdownWithFrontMatterToPlainText`.)
 */
export const PLAIN_TEXT_READERS: ReadonlyArray<PlainTextReader<unknown>> = [
  orgModeReader,
  chatExportReader,
  quotedReplyReader,
  doubledLinesReader,
  marginColumnReader,
  outlineReader,
  reflowReader,
  columnGapReader,
];

function readPlainText(text: string): string {
  return PLAIN_TEXT_READERS.reduce((current, reader) => readWith(reader, current), text);
}

export function extractPlainText(bytes: Uint8Array, kind: 'txt' | 'md'): ExtractedDocument {
  const decoded = decodeUtf8Text(bytes);
  if (decoded === undefined) throw new DocumentRejectedError('UNSUPPORTED_TYPE');
  const normalized = decoded.replace(/\r\n?/g, '\n');
  const text = kind === 'md' ? markdownWithFrontMatterToPlainText(normalized) : readPlainText(normalized);
  if (text.trim() === '') throw new DocumentRejectedError('NO_TEXT_LAYER');
  return {
    kind,
    text,
    hasTextLayer: true,
    layout: {
      columns: 1,
      tables: kind === 'md' ? countMarkdownTables(normalized) : 0,
      lines: text.split('\n').filter((line) => line.trim() !== '').length,
    },
  };
}
