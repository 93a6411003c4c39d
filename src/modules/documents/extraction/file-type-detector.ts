import { DocumentRejectedError, type RejectionReason } from './document-rejected.error.js';
import { DEFAULT_ZIP_LIMITS, inspectZipCentralDirectory, type ZipLimits } from './zip-guard.js';

/** Callers (HTTP upload, CLI) enforce this before reading the whole body; exported so they agree. */
export const MAX_UPLOAD_BYTES_DEFAULT = 10 * 1024 * 1024;

export type DocumentKind = 'pdf' | 'docx' | 'txt' | 'md';

export interface DetectedDocument {
  kind: DocumentKind;
  mime: string;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCX_MAIN_PART = 'word/document.xml';

export function assertWithinUploadLimit(sizeInBytes: number, maxBytes: number = MAX_UPLOAD_BYTES_DEFAULT): void {
  if (sizeInBytes > maxBytes) {
    const megabytes = Math.floor(maxBytes / (1024 * 1024));
    throw new DocumentRejectedError('TOO_LARGE', { key: 'tooLargeLimit', params: { megabytes } });
  }
}

function startsWithZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Plain-language names for the formats people most often upload by mistake. */
function describeDetectedType(ext: string): RejectionReason {
  if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'heic', 'tif', 'bmp', 'avif'].includes(ext)) return { key: 'looksLikeImage' };
  if (ext === 'cfb') return { key: 'looksLikeOldWord' };
  if (ext === 'zip') return { key: 'looksLikeZip' };
  return { key: 'looksLikeExtension', params: { extension: ext } };
}

function unsupported(description: RejectionReason): DocumentRejectedError {
  return new DocumentRejectedError('UNSUPPORTED_TYPE', description);
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Returns the text when the bytes are UTF-8 text a person could have written: valid UTF-8, no NUL,
 * and hardly any other control characters (binary formats that happen to decode would fail that).
 */
export function decodeUtf8Text(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
  if (text.includes('\u0000')) return undefined;
  let controlCharacters = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controlCharacters++;
  }
  if (controlCharacters > Math.max(2, text.length / 1000)) return undefined;
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

// Runs on the main thread on every text upload: each pattern is linear (no run of one character class
// is rescanned from every position in it).
const MARKDOWN_SIGNALS = [/^#{1,6}\s+\S/m, /^[^\S\n\r\u2028\u2029]*[-*+]\s+\S/m, /\*\*[^*\n]+\*\*/, /\[[^\][\n]+\]\([^)\s\]]+\)/];

function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNALS.filter((pattern) => pattern.test(text)).length >= 2;
}

/**
 * Decides the document kind from the bytes. The filename is consulted only to tell Markdown from
 * plain text once the bytes are known to be text, because nothing in the bytes can settle that.
 */
export async function detectDocumentType(
  input: Uint8Array,
  filename?: string,
  zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<DetectedDocument> {
  if (input.length === 0) throw new DocumentRejectedError('BROKEN_FILE', { key: 'emptyFile' });

  // file-type inflates a few zip entries while sniffing; bound the archive from its index first.
  const zipEntries = startsWithZipSignature(input) ? inspectZipCentralDirectory(input, zipLimits) : undefined;

  // Imported by the first upload, not at start-up (issue #18: ≈ 60 ms of CPU to load).
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(input);
  if (detected?.ext === 'pdf') return { kind: 'pdf', mime: 'application/pdf' };
  if (detected?.ext === 'docx' || (detected?.ext === 'zip' && zipEntries !== undefined)) {
    // file-type calls any OOXML word-processing zip a docx; require the part mammoth will read.
    if (!zipEntries?.some((entry) => entry.name === DOCX_MAIN_PART)) {
      throw unsupported({ key: detected.ext === 'docx' ? 'looksLikeBodilessDocx' : 'looksLikeZip' });
    }
    return { kind: 'docx', mime: DOCX_MIME };
  }
  if (detected) throw unsupported(describeDetectedType(detected.ext));

  const text = decodeUtf8Text(input);
  if (text === undefined) throw unsupported({ key: 'looksLikeBinary' });
  const isMarkdownName = filename !== undefined && /\.(md|markdown)$/i.test(filename);
  if (isMarkdownName || looksLikeMarkdown(text)) return { kind: 'md', mime: 'text/markdown' };
  return { kind: 'txt', mime: 'text/plain' };
}
