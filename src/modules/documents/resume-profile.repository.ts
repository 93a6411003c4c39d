import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ResumeProfile } from './resume-profile.entity.js';

/** Queries on structured résumé profiles (keyed by their document); every read takes the owner id (A3). */
@Injectable()
export class ResumeProfileRepository {
  constructor(private readonly em: EntityManager) {}

  findOwned(ownerId: string, documentId: string, em: EntityManager = this.em): Promise<ResumeProfile | null> {
    return em.findOne(ResumeProfile, { document: documentId, owner: ownerId });
  }

  /** Owner of the profile of each document among `documentIds` that has one, for the access policy. */
  async ownersOf(documentIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(ResumeProfile, { document: { $in: [...documentIds] } }, { fields: ['document', 'owner'] });
    return new Map(rows.map((row) => [row.document.id, row.owner.id]));
  }
}
