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

/**
 * Turns mammoth's HTML into lines that keep the structure a résumé parser needs: one line per
 * paragraph/heading, list items prefixed with a bullet, and each table row on one line with its
 * cells separated by tabs (mammoth's raw-text mode would put every cell on its own paragraph).
 */
export function htmlToStructuredText(html: string): StructuredHtmlText {
  const lines: string[] = [];
  let current = '';
  let cells: string[] = [];
  let cellText = '';
  let cellDepth = 0;
  let tables = 0;
  const flush = (): void => {
    // Tabs survive: in Word they usually separate a title from a right-aligned date.
    const line = current.replace(/[^\S\t]+/g, ' ').replace(/(?<! ) *\t\s*/g, '\t').trim();
    if (line !== '' && line !== '•') lines.push(line);
    current = '';
  };

  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)(?:[\s/][^>]*)?>|([^<]+)/g)) {
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
          cells.push(cellText.replace(/\s+/g, ' ').trim());
          cellText = '';
        }
      } else {
        cellDepth++;
      }
      continue;
    }
    if (cellDepth > 0) {
      // Paragraph breaks inside a cell become spaces so the row stays on one line.
      if (BLOCK_TAGS.has(tag)) cellText += ' ';
      continue;
    }
    if (tag === 'table' && !closing) tables++;
    if (tag === 'tr' && closing) {
      flush();
      const row = cells.filter((cell) => cell !== '').join('\t');
      if (row !== '') lines.push(row);
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
