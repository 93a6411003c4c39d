import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { Document } from './document.entity.js';
import { DocumentsService } from './documents.service.js';
import { ResumeProfile } from './resume-profile.entity.js';

/** Documents in export (original files, text, JSON Resume profiles) and in erasure (R1, R2). */
@Injectable()
@UserDataParticipant()
export class DocumentsDataParticipant implements UserDataContributor {
  readonly dataArea = 'documents';
  readonly exportFolder = {
    name: 'documents',
    description: 'every document you uploaded (the original file), the text we read from it, and the structured profile (JSON Resume) of each resume',
  };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly documents: DocumentsService) {}

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

  /**
   * Only this module's rows. The original files are objects of the vault, whose own participant
   * destroys the data key (in this transaction) and deletes the person's objects after the commit.
   */
  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(ResumeProfile, { owner: userId });
    await em.nativeDelete(Document, { owner: userId });
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
