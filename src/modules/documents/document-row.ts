import type { Document, DocumentCategory } from './document.entity.js';
import { CATEGORY_LABELS } from './dto/upload.form.js';

/** What pages show of a document (templates get view models, never entities). */
export interface DocumentRow {
  id: string;
  fileName: string;
  /** English label; translated pages use `documents:categories.<categoryKey>`. */
  category: string;
  categoryKey: DocumentCategory;
  kind: string;
  /** Formatted by the page for its reader (`fmt.fileSize`). */
  sizeBytes: number;
  /** English date; translated pages format `uploadedAtIso` with `fmt.date`. */
  uploadedAt: string;
  uploadedAtIso: string;
  isResume: boolean;
}

/**
 * Made once: `Date.toLocaleDateString` with options builds a new formatter on every call (~0.1 ms),
 * which was the largest single cost of every page listing 25 documents.
 */
const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The columns a row is drawn from: an entity, or the plain columns a list reads (`DocumentListColumns`). */
export type DocumentRowSource = Pick<Document, 'id' | 'category' | 'kind' | 'sizeBytes' | 'createdAt'>;

/** `fileName` is the decrypted name (`DocumentsService.fileName`); the entity holds only its ciphertext. */
export function toRow(d: DocumentRowSource, fileName: string): DocumentRow {
  return {
    id: d.id,
    fileName,
    category: CATEGORY_LABELS[d.category],
    categoryKey: d.category,
    kind: d.kind.toUpperCase(),
    sizeBytes: d.sizeBytes,
    uploadedAt: ENGLISH_DATE.format(d.createdAt),
    uploadedAtIso: d.createdAt.toISOString(),
    isResume: d.category === 'resume',
  };
}
