import { DocumentRejectedError } from './document-rejected.error.js';
import type { ExtractedDocument } from './extracted-document.js';
import { decodeUtf8Text } from './file-type-detector.js';

/**
 * Markdown is reduced to the text a reader sees (headings without `#`, links as "text (url)",
 * no emphasis markers) so the résumé parser handles it like any other document. Bullets are kept.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^(.*\S)\s+#+$/, '$1')
        
        .replace(/^\s*(?:[-*+])\s+/, '• ')
        .replace(/^\s*>\s?/, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\][]+)\]\(([^\s()]+)\)/g, (_match, label: string, url: string) => (label === url ? url : `${label} (${url})`))
        .replace(/<(https?:\/\/[^>]+)>/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, '')
        .replace(/(?<!\s)\s*\|\s*/g, (separator) => (line.trimStart().startsWith('|') ? '\t' : separator)),
    )
    .map((line) => line.replace(/^\t|\t$/g, '').trimEnd())
    .filter((line) => !/^[\t :-]+$/.test(line) || line === '')
    .join('\n');
}

/** Markdown tables: a `| a | b |` row followed by a `|---|---|` delimiter row (checked per line, in linear time). */
function countMarkdownTables(markdown: string): number {
  const lines = markdown.split('\n').map((line) => line.trim());
  return lines.filter((line, index) => {
    const next = lines[index + 1] ?? '';
    return line.length > 1 && line.startsWith('|') && line.endsWith('|') && next.startsWith('|') && next.includes('-') && /^[\s:|-]+$/.test(next);
  }).length;
}

export function extractPlainText(bytes: Uint8Array, kind: 'txt' | 'md'): ExtractedDocument {
  const decoded = decodeUtf8Text(bytes);
  if (decoded === undefined) throw new DocumentRejectedError('UNSUPPORTED_TYPE');
  const normalized = decoded.replace(/\r\n?/g, '\n');
  const text = kind === 'md' ? markdownToPlainText(normalized) : normalized;
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
