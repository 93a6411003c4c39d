import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Analysis } from './analysis.entity.js';

/**
 * Queries on analyses. Every read of a row takes the owner id (promise A3), except `findForJob` (the
 * queue worker runs an analysis its owner started and knows only its id) and `ownersOf` (the access
 * policy asking whose it is).
 */
@Injectable()
export class AnalysisRepository {
  constructor(private readonly em: EntityManager) {}

  listOwned(ownerId: string, documentId?: string): Promise<Analysis[]> {
    return this.em.find(Analysis, { owner: ownerId, ...(documentId ? { document: documentId } : {}) }, { orderBy: { createdAt: 'desc' }, populate: ['document'] });
  }

  findOwned(ownerId: string, analysisId: string): Promise<Analysis | null> {
    return this.em.findOne(Analysis, { id: analysisId, owner: ownerId }, { populate: ['document'] });
  }

  /**
   * One analysis with its encrypted report and job text (lazy on the entity: only an opened report
   * needs them), for reading. In a fork, so an entity already in this request's identity map without
   * them cannot answer in its place.
   */
  findOwnedWithCiphertexts(ownerId: string, analysisId: string): Promise<Analysis | null> {
    return this.em.fork().findOne(Analysis, { id: analysisId, owner: ownerId }, { populate: ['document', 'reportCiphertext', 'jobTextCiphertext'] });
  }

  /** Requests of this document since `since`, newest first, with their job texts (to spot a double submit). */
  recentForDocument(em: EntityManager, ownerId: string, documentId: string, since: Date): Promise<Analysis[]> {
    return em.find(Analysis, { owner: ownerId, document: documentId, createdAt: { $gte: since } }, { orderBy: { createdAt: 'desc' }, populate: ['jobTextCiphertext'] });
  }

  countRequestedSince(em: EntityManager, ownerId: string, since: Date): Promise<number> {
    return em.count(Analysis, { owner: ownerId, createdAt: { $gte: since } });
  }

  /** The queue handler's read, in its own forked EntityManager, with the job text it runs against. */
  findForJob(em: EntityManager, analysisId: string): Promise<Analysis | null> {
    return em.findOne(Analysis, { id: analysisId }, { populate: ['document', 'jobTextCiphertext'] });
  }

  /** Outside the request's unit of work, so the failure is recorded even if the caller's work is not flushed. */
  async markFailed(ownerId: string, analysisId: string, failureReason: string): Promise<void> {
    await this.em.fork().nativeUpdate(Analysis, { id: analysisId, owner: ownerId }, { status: 'failed', failureReason });
  }

  /**
   * Marks an analysis failed unless it finished meanwhile (a queue job given up after its process
   * died). Returns whether it was still unfinished.
   */
  async markFailedUnlessDone(ownerId: string, analysisId: string, failureReason: string): Promise<boolean> {
    const changed = await this.em.fork().nativeUpdate(Analysis, { id: analysisId, owner: ownerId, status: { $ne: 'done' } }, { status: 'failed', failureReason });
    return changed > 0;
  }

  /** Owner of each existing analysis among `ids`, for the access policy. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(Analysis, { id: { $in: [...ids] } }, { fields: ['id', 'owner'] });
    return new Map(rows.map((row) => [row.id, row.owner.id]));
  }
}
