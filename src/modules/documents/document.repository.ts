import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Document } from './document.entity.js';

/**
 * Queries on documents. Every read of a row takes the owner id (promise A3); the one exception,
 * `ownersOf`, answers only "whose is this?" for the access service.
 */
@Injectable()
export class DocumentRepository {
  constructor(private readonly em: EntityManager) {}

  listOwned(ownerId: string): Promise<Document[]> {
    return this.em.find(Document, { owner: ownerId }, { orderBy: { createdAt: 'desc' } });
  }

  findOwned(ownerId: string, documentId: string, em: EntityManager = this.em): Promise<Document | null> {
    return em.findOne(Document, { id: documentId, owner: ownerId });
  }

  /** Owner of each existing document among `ids`, for the access policy. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(Document, { id: { $in: [...ids] } }, { fields: ['id', 'owner'] });
    return new Map(rows.map((row) => [row.id, row.owner.id]));
  }
}
