import mammoth from 'mammoth';
import { DocumentRejectedError } from './document-rejected.error.js';
import type { ExtractedDocument } from './extracted-document.js';
import { DEFAULT_ZIP_LIMITS, inflateZipEntriesWithinLimits, inspectZipCentralDirectory, type ZipLimits } from './zip-guard.js';

const MAIN_PART = 'word/document.xml';
const HEADER_PART = /^word\/header\d*\.xml$/;

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'br']);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_match, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? '';
  });
}

export interface StructuredHtmlText {
  text: string;
  tables: number;
}

/** The paragraphs of one table cell, as a reader sees them: list items keep a bullet. */
type CellBlocks = string[];

const cleanCellText = (text: string): string => text.replace(/\s+/g, ' ').trim();

const isListItem = (block: string): boolean => block.startsWith('• ');
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/**
 * A cell that annotates the entry beside it: a few short paragraphs, one of them holding a year (the
 * dates, and often the place, of a job or a degree in a narrow left or right column).
 */
function isAnnotationCell(blocks: CellBlocks): boolean {
  return blocks.length > 0 && blocks.every((block) => !isListItem(block) && block.split(' ').length <= 6) && blocks.some((block) => YEAR.test(block));
}

/**
 * One table row as lines, in the order a reader takes them in:
 * - a row of one-paragraph cells is one line, cells tab-separated (a label and its value, a title
 *   and its date);
 * - an entry beside a cell of annotations (dates and place in a narrow column) reads as the entry
 *   with its annotations at the ends of its first lines, the shape a right-aligned date gives
 *   ("Nurse Manager⇥06/2024 – Today", "Quigley Memorial…⇥Tucson, AZ", then the bullets);
 * - any other row of several-paragraph cells (a header of name and headline beside the contact
 *   lines) reads cell by cell.
 * Joining a cell's paragraphs into one line would run a title, its employer and every bullet together.
 */
export function tableRowLines(cells: readonly CellBlocks[]): string[] {
  const filled = cells.map((blocks) => blocks.filter((block) => block !== '' && block !== '•')).filter((blocks) => blocks.length > 0);
  if (filled.every((blocks) => blocks.length <= 1)) {
    const row = filled.map((blocks) => blocks[0]!).join('\t');
    return row === '' ? [] : [row];
  }
  // A table row of one-line fields whose last cell lists several duties (구분 | 기관명 | 직위 | 기간 |
  // 담당 직무): the fields stay one row under the table's header, the duties follow it as items.
  const last = filled.at(-1)!;
  if (filled.length >= 3 && cells.length === filled.length && filled.slice(0, -1).every((blocks) => blocks.length === 1) && last.length > 1) {
    return [[...filled.slice(0, -1).map((blocks) => blocks[0]!), last[0]!].join('\t'), ...last.slice(1)];
  }
  const annotations = filled.filter(isAnnotationCell);
  const entries = filled.filter((blocks) => !annotations.includes(blocks));
  if (entries.length === 1 && annotations.length > 0) {
    const entry = entries[0]!;
    const notes = annotations.flat();
    const headLength = Math.max(1, entry.findIndex(isListItem) === -1 ? entry.length : entry.findIndex(isListItem));
    const lines = entry.slice(0, headLength).map((block, index) => (index < notes.length ? `${block}\t${notes[index]}` : block));
    // Annotations left over (a place under the dates beside a one-line entry) follow the entry's head, as a location line would.
    lines.push(...notes.slice(headLength), ...entry.slice(headLength));
    return lines;
  }
  return filled.flat();
}

/**
 * Turns mammoth's HTML into lines that keep the structure a résumé parser needs: one line per
 * paragraph/heading, list items prefixed with a bullet, and table rows read as `tableRowLines` says
 * (mammoth's raw-text mode would put every cell on its own paragraph).
 */
export function htmlToStructuredText(html: string): StructuredHtmlText {
  const lines: string[] = [];
  let current = '';
  let cells: CellBlocks[] = [];
  let cellBlocks: CellBlocks = [];
  let cellText = '';
  let cellDepth = 0;
  let tables = 0;
  const flush = (): void => {
    // Tabs survive: in Word they usually separate a title from a right-aligned date.
    const line = current.replace(/[^\S\t]+/g, ' ').replace(/(?<! ) *\t\s*/g, '\t').trim();
    if (line !== '' && line !== '•') lines.push(line);
    current = '';
  };
  const endCellBlock = (): void => {
    const block = cleanCellText(cellText);
    if (block !== '') cellBlocks.push(block);
    cellText = '';
  };

  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)(?:[^>a-zA-Z0-9][^>]*)?>|([^<]+)/g)) {
    const [, closing, rawTag, textRun] = match;
    if (textRun !== undefined) {
      if (cellDepth > 0) cellText += decodeEntities(textRun);
      else current += decodeEntities(textRun);
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (tag === 'td' || tag === 'th') {
      if (closing) {
        cellDepth = Math.max(0, cellDepth - 1);
        if (cellDepth === 0) {
          endCellBlock();
          cells.push(cellBlocks);
          cellBlocks = [];
        }
      } else {
        // A table nested in a cell is read as more paragraphs of the outer cell.
        if (cellDepth > 0) endCellBlock();
        cellDepth++;
      }
      continue;
    }
    if (cellDepth > 0) {
      // Each paragraph (or list item) of a cell is a block of its own; tableRowLines lays them out.
      if (BLOCK_TAGS.has(tag)) {
        endCellBlock();
        if (tag === 'li' && !closing) cellText = '• ';
      }
      continue;
    }
    if (tag === 'table' && !closing) tables++;
    if (tag === 'tr' && closing) {
      flush();
      lines.push(...tableRowLines(cells));
      cells = [];
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      if (tag === 'li' && !closing) current = '• ';
    }
  }
  flush();
  return { text: lines.join('\n'), tables };
}

/** Text of Word page headers, where some templates put the name and contact line (mammoth skips headers). */
function headerText(parts: Map<string, Buffer>): string {
  const lines: string[] = [];
  for (const [name, xml] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!HEADER_PART.test(name)) continue;
    for (const paragraph of xml.toString('utf8').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
      const text = [...paragraph[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((run) => decodeEntities(run[1] ?? '')).join('');
      if (text.trim() !== '' && !lines.includes(text.trim())) lines.push(text.trim());
    }
  }
  return lines.join('\n');
}

function declaredColumns(documentXml: Buffer | undefined): number {
  if (!documentXml) return 1;
  let columns = 1;
  for (const match of documentXml.toString('utf8').matchAll(/<w:cols\b[^>]*\bw:num="(\d+)"/g)) {
    columns = Math.max(columns, Number(match[1]));
  }
  return columns;
}

export async function extractDocxText(bytes: Uint8Array, zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ExtractedDocument> {
  const entries = inspectZipCentralDirectory(bytes, zipLimits);
  if (!entries.some((entry) => entry.name === MAIN_PART)) throw new DocumentRejectedError('UNSUPPORTED_TYPE');
  const keep = new Set(entries.map((entry) => entry.name).filter((name) => name === MAIN_PART || HEADER_PART.test(name)));
  const parts = inflateZipEntriesWithinLimits(bytes, entries, keep, zipLimits);

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Never fetch linked files, and don't base64 images into the HTML: we only want text.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (error) {
    throw new DocumentRejectedError('BROKEN_FILE', undefined, { cause: error });
  }

  const body = htmlToStructuredText(html);
  const header = headerText(parts);
  const text = header !== '' && !body.text.startsWith(header) ? `${header}\n${body.text}` : body.text;
  if (text.replace(/\s/g, '').length === 0) throw new DocumentRejectedError('NO_TEXT_LAYER');
  return {
    kind: 'docx',
    text,
    hasTextLayer: true,
    layout: {
      columns: declaredColumns(parts.get(MAIN_PART)),
      tables: body.tables,
      lines: text.split('\n').length,
    },
  };
}
