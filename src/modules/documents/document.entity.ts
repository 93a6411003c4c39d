import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';

export const DOCUMENT_CATEGORIES = ['resume', 'cover_letter', 'portfolio'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

export const DOCUMENT_KINDS = ['pdf', 'docx', 'txt', 'md'] as const;

/**
 * An uploaded document. The original bytes live encrypted in object storage under `storageKey`;
 * the file name and the extracted text are stored here encrypted with the owner's data key (never in
 * plaintext); DocumentsService decrypts the name for pages, downloads and exports.
 * Replacing a document overwrites it: there are no versions (promise D6).
 */
const DocumentSchema = defineEntity({
  name: 'Document',
  tableName: 'documents',
  indexes: [{ properties: ['owner', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    category: p.enum(DOCUMENT_CATEGORIES),
    kind: p.enum(DOCUMENT_KINDS),
    /** AES-256-GCM ciphertext of the file name as uploaded (personal data: "이력서_김민준.pdf"), under the owner's data key. */
    fileNameCiphertext: p.blob(),
    mediaType: p.string().length(120),
    sizeBytes: p.integer(),
    storageKey: p.string().length(300),
    /**
     * AES-256-GCM ciphertext of the extracted text, under the owner's data key. Up to megabytes:
     * lazy, so listing, uploading or checking a document never loads it (`DocumentsService.text()`
     * populates it when the text is wanted).
     */
    textCiphertext: p.blob().lazy(),
    /**
     * AES-256-GCM ciphertext of the document's reading (sensitive-data warnings, the résumé's
     * contact-block end, personal-detail notes), computed in the extraction worker when the text was
     * written. Null for documents stored before it existed: computed on first view, then stored.
     */
    readingCiphertext: p.blob().lazy().nullable(),
    pageCount: p.integer().nullable(),
    columnCount: p.integer().default(1),
    /** Tables found at extraction (runs of tab-separated lines); null for documents stored before it was counted. */
    tableCount: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Document extends DocumentSchema.class {}
DocumentSchema.setClass(Document);
