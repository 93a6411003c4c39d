import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { Document } from './document.entity.js';
import { DocumentsService } from './documents.service.js';
import { ResumeProfile } from './resume-profile.entity.js';
import { EncryptedObjectStore } from '../../platform/vault/encrypted-object-store.service.js';

/** Documents in export (original files, text, JSON Resume profiles) and in erasure (R1, R2). */
@Injectable()
@UserDataParticipant()
export class DocumentsDataParticipant implements UserDataContributor {
  readonly dataArea = 'documents';
  readonly erasePhase = 10;

  constructor(
    private readonly documents: DocumentsService,
    private readonly store: EncryptedObjectStore,
  ) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const entries: ExportEntry[] = [];
    const index = [];
    for (const document of await this.documents.list(userId)) {
      const folder = `documents/${document.id}`;
      const { bytes } = await this.documents.original(userId, document.id);
      const fileName = await this.documents.fileName(document);
      entries.push({ path: `${folder}/${fileName}`, content: bytes });
      entries.push({ path: `${folder}/extracted-text.txt`, content: await this.documents.text(userId, document.id) });
      if (document.category === 'resume') {
        const { resume, edited } = await this.documents.profile(userId, document.id);
        entries.push({ path: `${folder}/profile.resume.json`, content: JSON.stringify(resume, null, 2) });
        index.push({ ...describe(document, fileName), profileEditedByYou: edited });
      } else {
        index.push(describe(document, fileName));
      }
    }
    entries.push({ path: 'documents/documents.json', content: JSON.stringify(index, null, 2) });
    return entries;
  }

  /** Rows go in the erasure transaction, and so does the data key: everything encrypted is unreadable at once. */
  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(ResumeProfile, { owner: userId });
    await em.nativeDelete(Document, { owner: userId });
    await this.store.shred(userId, em);
  }

  /** Object storage cannot join the transaction: its (already unreadable) objects are removed after. */
  async afterErase(userId: string): Promise<void> {
    await this.store.deleteAllObjects(userId);
  }
}

function describe(document: Document, fileName: string) {
  return {
    id: document.id,
    category: document.category,
    fileName,
    type: document.kind,
    sizeBytes: document.sizeBytes,
    pages: document.pageCount,
    uploadedAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
  };
}
