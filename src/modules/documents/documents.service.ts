import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import { Document, type DocumentCategory } from './document.entity.js';
import { DocumentRepository, type DocumentListColumns } from './document.repository.js';
import { DocumentNotFoundError } from './documents.errors.js';
import { extractResume, readText, reparseResume, type DocumentReading, type ExtractedDocument } from './extraction/extract-text.js';
import { jsonResumeSchema, type JsonResume } from '../../kernel/resume/json-resume.js';
import { ResumeProfile } from './resume-profile.entity.js';
import { ResumeProfileRepository } from './resume-profile.repository.js';
import { EncryptedObjectStore } from '../../platform/vault/encrypted-object-store.service.js';
import { toRow, type DocumentRow } from './document-row.js';

/** What the dashboard shows of a person's documents: the newest, by name, and two facts about all. */
export interface LatestDocuments {
  latest: { id: string; fileName: string; category: DocumentCategory; uploadedAt: Date }[];
  total: number;
  hasResume: boolean;
}

export interface UploadedFile {
  originalName: string;
  bytes: Buffer;
}

export const MEDIA_TYPES: Record<Document['kind'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

const textPurpose = (documentId: string) => `document-text:${documentId}`;
/** A placeholder for the text ciphertext until upload() writes it with a bound parameter (never committed). */
const EMPTY_CIPHERTEXT = Buffer.alloc(0);

/** The data migration that encrypted existing names uses the same purpose (migrations/…EncryptDocumentFileNames). */
const fileNamePurpose = (documentId: string) => `document-file-name:${documentId}`;
const profilePurpose = (documentId: string) => `resume-profile:${documentId}`;
const readingPurpose = (documentId: string) => `document-reading:${documentId}`;

/**
 * Owns uploaded documents. Every query (in DocumentRepository and ResumeProfileRepository) is scoped by
 * owner: another user's document id is simply not found (promises D2, A3). Originals are encrypted
 * before they reach object storage, and the file name, extracted text and structured profile are
 * encrypted in the database (D1).
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly em: EntityManager,
    private readonly documents: DocumentRepository,
    private readonly profiles: ResumeProfileRepository,
    private readonly store: EncryptedObjectStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The accounts whose documents were put into storage between two dates and are still there: the
   * people affected when that storage was exposed in that window (compliance's incident query).
   */
  async ownerIdsWithDocumentsStoredBetween(from: Date, to: Date): Promise<string[]> {
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<{ owner_id: string }[]>(`select distinct owner_id from documents where created_at >= ? and created_at <= ?`, [from, to]);
    return rows.map((row) => row.owner_id);
  }

  list(ownerId: string): Promise<Document[]> {
    return this.documents.listOwned(ownerId);
  }

  /** The name the document was uploaded with, decrypted (file names are personal data). */
  fileName(document: Document): Promise<string> {
    return this.store.decryptField(document.owner.id, fileNamePurpose(document.id), Buffer.from(document.fileNameCiphertext));
  }

  /** What pages list of documents, names decrypted. */
  rows(documents: readonly Document[]): Promise<DocumentRow[]> {
    return Promise.all(documents.map(async (document) => toRow(document, await this.fileName(document))));
  }

  /**
   * What a list page shows of the owner's documents (of one category, if given), newest first: one
   * statement of plain columns and the names decrypted together, no entity built.
   */
  async listRows(ownerId: string, category?: DocumentCategory): Promise<DocumentRow[]> {
    return this.toRows(ownerId, await this.documents.listColumnsOwned(ownerId, category));
  }

  /** The `count` newest documents, how many there are and whether one is a résumé (one statement). */
  async latest(ownerId: string, count: number): Promise<LatestDocuments> {
    const { latest, total, hasResume } = await this.documents.latestOwned(ownerId, count);
    const names = await this.fileNamesOf(ownerId, latest.map((d) => ({ documentId: d.id, fileNameCiphertext: d.fileNameCiphertext })));
    return { latest: latest.map((d) => ({ id: d.id, fileName: names.get(d.id)!, category: d.category, uploadedAt: d.createdAt })), total, hasResume };
  }

  /**
   * Decrypted names of the owner's documents, by document id, from their name ciphertexts (another
   * module's rows that read them, e.g. analyses with their document's). Each document once, however
   * many rows name it.
   */
  async fileNamesOf(ownerId: string, rows: Iterable<{ documentId: string; fileNameCiphertext: Uint8Array }>): Promise<Map<string, string>> {
    const distinct = [...new Map([...rows].map((row) => [row.documentId, row.fileNameCiphertext])).entries()];
    const names = await this.store.decryptFields(ownerId, distinct.map(([id, ciphertext]) => ({ purpose: fileNamePurpose(id), ciphertext })));
    return new Map(distinct.map(([id], i) => [id, names[i]!]));
  }

  private async toRows(ownerId: string, columns: readonly DocumentListColumns[]): Promise<DocumentRow[]> {
    const names = await this.store.decryptFields(ownerId, columns.map((d) => ({ purpose: fileNamePurpose(d.id), ciphertext: d.fileNameCiphertext })));
    return columns.map((d, i) => toRow(d, names[i]!));
  }

  async get(ownerId: string, documentId: string): Promise<Document> {
    const document = await this.documents.findOwned(ownerId, documentId);
    if (!document) throw new DocumentNotFoundError();
    return document;
  }

  /**
   * Reads the file in a sandboxed worker (rejecting hostile or unreadable files with a clear
   * message), stores the encrypted original, then records it. If recording fails the stored
   * object is removed again, so nothing is left half-done.
   */
  async upload(ownerId: string, category: DocumentCategory, file: UploadedFile): Promise<Document> {
    const { document: extracted, resume, reading } = await extractResume(file.bytes, {
      filename: file.originalName,
      maxUploadBytes: this.config.uploadMaxBytes,
      read: { contactBlock: category === 'resume' },
    });
    const id = randomUUID();
    const storageKey = `users/${ownerId}/documents/${id}`;
    await this.store.putObject(ownerId, storageKey, file.bytes);
    try {
      const em = this.em.fork();
      await em.transactional(async (tx) => {
        const { textCiphertext, columns } = await this.describe(ownerId, id, file, extracted, reading);
        // The text (megabytes for a large upload) is written once the row exists: see writeTextCiphertext.
        const document = tx.create(Document, { id, owner: tx.getReference(User, ownerId), category, ...columns, textCiphertext: EMPTY_CIPHERTEXT, storageKey });
        await tx.flush();
        await this.documents.writeTextCiphertext(tx, ownerId, id, textCiphertext);
        if (category === 'resume') {
          tx.create(ResumeProfile, {
            document,
            owner: tx.getReference(User, ownerId),
            resumeCiphertext: await this.store.encryptField(ownerId, profilePurpose(id), JSON.stringify(resume)),
          });
        }
      });
    } catch (error) {
      await this.store.deleteObject(storageKey).catch((cleanup: unknown) => {
        this.logger.error(`Could not remove the object of a failed upload: ${(cleanup as Error).message}`);
      });
      throw error;
    }
    this.logger.log(`Stored document ${id} (${extracted.kind}, ${file.bytes.length} bytes)`);
    return this.get(ownerId, id);
  }

  /**
   * Replaces the file of a document (promise D6): the new original overwrites the old object and
   * the text and profile are rebuilt from it. Nothing of the old version is kept.
   */
  async replace(ownerId: string, documentId: string, file: UploadedFile): Promise<Document> {
    const { category, storageKey } = await this.get(ownerId, documentId);
    const { document: extracted, resume, reading } = await extractResume(file.bytes, {
      filename: file.originalName,
      maxUploadBytes: this.config.uploadMaxBytes,
      read: { contactBlock: category === 'resume' },
    });
    await this.store.putObject(ownerId, storageKey, file.bytes);
    const { textCiphertext, columns } = await this.describe(ownerId, documentId, file, extracted, reading);
    const resumeCiphertext = category === 'resume' ? await this.store.encryptField(ownerId, profilePurpose(documentId), JSON.stringify(resume)) : undefined;
    // Its own unit of work: the request's may hold the old text, which must never be flushed back.
    return this.em.fork().transactional(async (tx) => {
      const document = await this.documents.findOwned(ownerId, documentId, tx);
      if (!document) throw new DocumentNotFoundError();
      tx.assign(document, columns);
      if (resumeCiphertext) {
        const profile = await this.profiles.findOwned(ownerId, documentId, tx);
        if (profile) tx.assign(profile, { resumeCiphertext, editedByUser: false });
        else tx.create(ResumeProfile, { document, owner: tx.getReference(User, ownerId), resumeCiphertext });
      }
      await tx.flush();
      await this.documents.writeTextCiphertext(tx, ownerId, documentId, textCiphertext);
      return document;
    });
  }

  /** Which of these accounts have documents stored (retention looks only at people with résumé data). */
  async ownerIdsAmong(userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.em.fork().execute<{ owner_id: string }[]>(`select distinct owner_id from documents where owner_id = any(?::uuid[])`, [`{${userIds.join(',')}}`]);
    return new Set(rows.map((row) => row.owner_id));
  }

  /**
   * Deletes every document of these owners in one statement (retention, promise R4), inside the
   * caller's transaction: their analyses and profiles go with them by cascade, and the encrypted
   * originals are deleted through the vault before the caller commits. The originals go while
   * PostgreSQL deletes the rows rather than after: the keys are read first, so the file (or S3) work
   * overlaps the statement instead of adding to it. A document that appears between the read and the
   * delete (the caller normally holds the owners' rows FOR UPDATE, which keeps uploads out) comes back
   * from RETURNING and its original is deleted too. If anything fails the rows roll back and a later
   * run deletes them again (an object already gone is not an error), so no object outlives its row
   * unnoticed. Returns how many documents.
   */
  async deleteAllOwnedByAny(ownerIds: readonly string[], tx: EntityManager): Promise<number> {
    if (ownerIds.length === 0) return 0;
    const owners = `{${ownerIds.join(',')}}`;
    const known = await tx.execute<{ storage_key: string }[]>(`select storage_key from documents where owner_id = any(?::uuid[])`, [owners]);
    const knownKeys = new Set(known.map((row) => row.storage_key));
    // allSettled, not all: a failed deletion must not leave the statement running unobserved while
    // the caller rolls back; both finish, then the first failure is thrown.
    const [deleted, originals] = await Promise.allSettled([
      tx.execute<{ storage_key: string }[]>(`delete from documents where owner_id = any(?::uuid[]) returning storage_key`, [owners]),
      this.store.deleteObjects([...knownKeys]),
    ]);
    if (deleted.status === 'rejected') throw deleted.reason;
    if (originals.status === 'rejected') throw originals.reason;
    const latecomers = deleted.value.map((row) => row.storage_key).filter((key) => !knownKeys.has(key));
    await this.store.deleteObjects(latecomers);
    return deleted.value.length;
  }

  /** Deletes the record and the stored original at once. */
  async delete(ownerId: string, documentId: string): Promise<void> {
    const document = await this.get(ownerId, documentId);
    await this.em.remove(document).flush();
    await this.store.deleteObject(document.storageKey);
  }

  async text(ownerId: string, documentId: string): Promise<string> {
    const document = await this.get(ownerId, documentId);
    await this.em.populate(document, ['textCiphertext']);
    return this.store.decryptField(ownerId, textPurpose(document.id), Buffer.from(document.textCiphertext));
  }

  /**
   * The stored reading of the document's text (warnings, contact-block end, personal-detail notes).
   * A document stored before readings were kept gets one now, from the worker, stored for next time.
   */
  async reading(ownerId: string, documentId: string): Promise<DocumentReading> {
    const document = await this.get(ownerId, documentId);
    await this.em.populate(document, ['readingCiphertext']);
    if (document.readingCiphertext) {
      return JSON.parse(await this.store.decryptField(ownerId, readingPurpose(document.id), Buffer.from(document.readingCiphertext))) as DocumentReading;
    }
    const reading = await readText(await this.text(ownerId, documentId), { contactBlock: document.category === 'resume' });
    document.readingCiphertext = await this.encryptReading(ownerId, document.id, reading);
    await this.em.flush();
    return reading;
  }

  /** Saves a corrected text (e.g. after redacting sensitive data from Candor's copy) and its new reading (in the worker). */
  async updateText(ownerId: string, documentId: string, text: string): Promise<void> {
    const { category } = await this.get(ownerId, documentId);
    const reading = await readText(text, { contactBlock: category === 'resume' });
    const textCiphertext = await this.store.encryptField(ownerId, textPurpose(documentId), text);
    const readingCiphertext = await this.encryptReading(ownerId, documentId, reading);
    // Its own unit of work: the request's holds the text read before the redaction (see writeTextCiphertext).
    await this.em.fork().transactional(async (tx) => {
      const document = await this.documents.findOwned(ownerId, documentId, tx);
      if (!document) throw new DocumentNotFoundError();
      document.readingCiphertext = readingCiphertext;
      await tx.flush();
      await this.documents.writeTextCiphertext(tx, ownerId, documentId, textCiphertext);
    });
  }

  async original(ownerId: string, documentId: string): Promise<{ document: Document; bytes: Buffer }> {
    const document = await this.get(ownerId, documentId);
    return { document, bytes: await this.store.getObject(ownerId, document.storageKey) };
  }

  /** `savedAt`: when the profile was last written (by the parser at upload or replace, or by its owner). */
  async profile(ownerId: string, documentId: string): Promise<{ document: Document; resume: JsonResume; edited: boolean; savedAt: Date }> {
    const document = await this.get(ownerId, documentId);
    const profile = await this.profiles.findOwned(ownerId, document.id);
    if (!profile) throw new DocumentNotFoundError();
    const json = await this.store.decryptField(ownerId, profilePurpose(document.id), Buffer.from(profile.resumeCiphertext));
    return { document, resume: jsonResumeSchema.parse(JSON.parse(json)), edited: profile.editedByUser, savedAt: profile.updatedAt };
  }

  /**
   * The structured profile of the owner's newest résumé (job matching reads its skills), or undefined
   * without a résumé: one statement, only that profile decrypted. A résumé without a profile is not
   * found, as `profile()` says.
   */
  async newestResumeProfile(ownerId: string): Promise<JsonResume | undefined> {
    const newest = await this.documents.newestResumeProfileOwned(ownerId);
    if (!newest) return undefined;
    if (!newest.resumeCiphertext) throw new DocumentNotFoundError();
    const json = await this.store.decryptField(ownerId, profilePurpose(newest.documentId), newest.resumeCiphertext);
    return jsonResumeSchema.parse(JSON.parse(json));
  }

  async saveProfile(ownerId: string, documentId: string, resume: JsonResume): Promise<void> {
    const document = await this.get(ownerId, documentId);
    const profile = await this.profiles.findOwned(ownerId, document.id);
    if (!profile) throw new DocumentNotFoundError();
    profile.resumeCiphertext = await this.store.encryptField(ownerId, profilePurpose(document.id), JSON.stringify(jsonResumeSchema.parse(resume)));
    profile.editedByUser = true;
    await this.em.flush();
  }

  /** Re-runs the parser on the current text (after a redaction, say) without touching edits; in the worker, like an upload. */
  reparse(text: string): Promise<JsonResume> {
    return reparseResume(text);
  }

  private encryptReading(ownerId: string, documentId: string, reading: DocumentReading): Promise<Buffer> {
    return this.store.encryptField(ownerId, readingPurpose(documentId), JSON.stringify(reading));
  }

  /** The columns of a stored file, and apart from them its text's ciphertext (written by writeTextCiphertext). */
  private async describe(ownerId: string, documentId: string, file: UploadedFile, extracted: ExtractedDocument, reading: DocumentReading | undefined) {
    const columns = {
      readingCiphertext: reading ? await this.encryptReading(ownerId, documentId, reading) : null,
      kind: extracted.kind,
      fileNameCiphertext: await this.store.encryptField(ownerId, fileNamePurpose(documentId), cleanFileName(file.originalName, extracted.kind)),
      mediaType: MEDIA_TYPES[extracted.kind],
      sizeBytes: file.bytes.length,
      pageCount: extracted.pages ?? null,
      columnCount: Math.max(1, extracted.layout.columns),
      tableCount: extracted.layout.tables,
    };
    return { columns, textCiphertext: await this.store.encryptField(ownerId, textPurpose(documentId), extracted.text) };
  }
}

/** Bidirectional-text controls: they can make "evil\u202Efdp.exe" display as "evilexe.pdf". */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A display name that is safe in headers, pages, archives and file systems, with the extension the
 * content really has. Any script is kept (Korean, accents…), normalised to NFC so the same name
 * typed on macOS (NFD) and elsewhere is one name; path separators, control and bidi characters, and
 * characters file systems refuse are removed.
 */
export function cleanFileName(name: string, kind: Document['kind']): string {
  const withoutPath = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const base = withoutPath
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|*?:]/g, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    // No hidden files or "..": a leading dot is never part of a name people choose.
    .replace(/^\.+/, '');
  // Cut by code points, so a character outside the BMP is never split in half.
  const short = [...base].slice(0, 200).join('').trim();
  return `${short || 'document'}.${kind}`;
}
