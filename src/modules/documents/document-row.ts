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

/** `fileName` is the decrypted name (`DocumentsService.fileName`); the entity holds only its ciphertext. */
export function toRow(d: Document, fileName: string): DocumentRow {
  return {
    id: d.id,
    fileName,
    category: CATEGORY_LABELS[d.category],
    categoryKey: d.category,
    kind: d.kind.toUpperCase(),
    sizeBytes: d.sizeBytes,
    uploadedAt: d.createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
    uploadedAtIso: d.createdAt.toISOString(),
    isResume: d.category === 'resume',
  };
}
