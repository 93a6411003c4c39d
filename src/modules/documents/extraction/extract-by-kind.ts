import { extractDocxText } from './docx-text.js';
import type { ExtractedDocument } from './extracted-document.js';
import type { DocumentKind } from './file-type-detector.js';
import { extractPdfText } from './pdf-text.js';
import { extractPlainText } from './plain-text.js';

/**
 * Runs the parser for an already-detected kind in the current thread. The worker calls this; so do
 * unit tests of the layout logic. Application code goes through `extractDocumentText`, which
 * isolates this in a resource-limited worker.
 */
export async function extractDetectedDocument(kind: DocumentKind, bytes: Uint8Array): Promise<ExtractedDocument> {
  switch (kind) {
    case 'pdf':
      return extractPdfText(bytes);
    case 'docx':
      return extractDocxText(bytes);
    case 'txt':
    case 'md':
      return extractPlainText(bytes, kind);
  }
}
