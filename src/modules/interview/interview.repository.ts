import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { InterviewKind } from './engine/interview-types.js';
import { InterviewTurn } from './interview-turn.entity.js';
import { epochMs } from '../../platform/database/epoch-ms.js';
import { Interview } from './interview.entity.js';

/**
 * The plain columns the interviews list, its chart and the dashboard card read: an entity, or a row
 * read without one (InterviewRepository's column reads).
 */
export interface InterviewListColumns {
  id: string;
  role: string;
  kind: Interview['kind'];
  status: Interview['status'];
  overall?: number | null;
  jobTitle?: string | null;
  createdAt: Date;
  completedAt?: Date | null;
}

const LIST_COLUMNS = `id, role, kind, status, overall, job_title as "jobTitle", ${epochMs('created_at')} as "createdAt", ${epochMs('completed_at')} as "completedAt"`;
/** A row as read: its timestamps are milliseconds (epochMs) until `withDates` makes them Dates. */
type ListRow = Omit<InterviewListColumns, 'createdAt' | 'completedAt'> & { createdAt: number; completedAt: number | null };
const withDates = ({ createdAt, completedAt, ...row }: ListRow): InterviewListColumns => ({ ...row, createdAt: new Date(createdAt), completedAt: completedAt === null ? null : new Date(completedAt) });

/**
 * Queries on interviews and their turns. Every read of a row takes the owner id (promise A3), except
 * `findForJob` (the scoring worker runs what its owner started and knows only the interview id) and
 * `ownersOf…` (the access policy asking whose it is). Methods used inside a transaction take its
 * EntityManager first.
 */
@Injectable()
export class InterviewRepository {
  constructor(private readonly em: EntityManager) {}

  listOwned(ownerId: string): Promise<Interview[]> {
    return this.em.find(Interview, { owner: ownerId }, { orderBy: { createdAt: 'desc' } });
  }

  /** The owner's interviews, newest first: the list's columns only (no plan, summary or job text), one statement. */
  async listColumnsOwned(ownerId: string): Promise<InterviewListColumns[]> {
    const rows = await this.em.execute<ListRow[]>(`select ${LIST_COLUMNS} from interviews where owner_id = ? order by created_at desc`, [ownerId]);
    return rows.map(withDates);
  }

  /**
   * The `count` newest interviews and whether any is completed, in one statement: the window
   * aggregate runs over every interview of the owner before the limit keeps the newest.
   */
  async latestOwned(ownerId: string, count: number): Promise<{ latest: InterviewListColumns[]; anyCompleted: boolean }> {
    const rows = await this.em.execute<(ListRow & { anyCompleted: boolean })[]>(
      `select ${LIST_COLUMNS}, bool_or(status = 'completed') over () as "anyCompleted" from interviews where owner_id = ? order by created_at desc limit ?`,
      [ownerId, count],
    );
    return { latest: rows.map(({ anyCompleted: _any, ...columns }) => withDates(columns)), anyCompleted: rows[0]?.anyCompleted ?? false };
  }

  findOwned(ownerId: string, interviewId: string, em: EntityManager = this.em): Promise<Interview | null> {
    return em.findOne(Interview, { id: interviewId, owner: ownerId });
  }

  /** Locks the interview row for the rest of the transaction (answers and finishing are serialised). */
  findOwnedForUpdate(tx: EntityManager, ownerId: string, interviewId: string): Promise<Interview | null> {
    return tx.findOne(Interview, { id: interviewId, owner: ownerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  /** The newest unanswered start of the same interview since `since` (a double click). */
  findRecentStart(em: EntityManager, ownerId: string, start: { role: string; kind: InterviewKind; documentId?: string | undefined }, since: Date): Promise<Interview | null> {
    return em.findOne(
      Interview,
      { owner: ownerId, role: start.role, kind: start.kind, document: start.documentId ?? null, status: 'in_progress', createdAt: { $gte: since } },
      { orderBy: { createdAt: 'desc' } },
    );
  }

  countStartedSince(em: EntityManager, ownerId: string, since: Date): Promise<number> {
    return em.count(Interview, { owner: ownerId, createdAt: { $gte: since } });
  }

  /** The scoring worker's read, in its own forked EntityManager. */
  findForJob(em: EntityManager, interviewId: string): Promise<Interview | null> {
    return em.findOne(Interview, { id: interviewId });
  }

  /** Outside the request's unit of work, so the failure is recorded even if the caller's work is not flushed. */
  async markFailed(ownerId: string, interviewId: string, failureReason: string): Promise<void> {
    await this.em.fork().nativeUpdate(Interview, { id: interviewId, owner: ownerId }, { status: 'failed', failureReason });
  }

  /** Fails the interview only while it is being scored (a finished report stays); true when it did. */
  async markScoringFailed(ownerId: string, interviewId: string, failureReason: string): Promise<boolean> {
    const changed = await this.em.fork().nativeUpdate(Interview, { id: interviewId, owner: ownerId, status: 'scoring' }, { status: 'failed', failureReason });
    return changed > 0;
  }

  async deleteOwned(ownerId: string, interviewId: string): Promise<void> {
    await this.em.nativeDelete(Interview, { id: interviewId, owner: ownerId });
  }

  turnsOf(em: EntityManager, ownerId: string, interviewId: string): Promise<InterviewTurn[]> {
    return em.find(InterviewTurn, { interview: interviewId, owner: ownerId }, { orderBy: { position: 'asc' } });
  }

  findTurn(em: EntityManager, ownerId: string, interviewId: string, turnId: string): Promise<InterviewTurn | null> {
    return em.findOne(InterviewTurn, { id: turnId, owner: ownerId, interview: interviewId });
  }

  /** The most recent question of an interview: the one waiting for an answer, if any. */
  lastTurn(em: EntityManager, ownerId: string, interviewId: string): Promise<InterviewTurn | null> {
    return em.findOne(InterviewTurn, { interview: interviewId, owner: ownerId }, { orderBy: { position: 'desc' } });
  }

  countAnswered(em: EntityManager, ownerId: string, interviewId: string): Promise<number> {
    return em.count(InterviewTurn, { interview: interviewId, owner: ownerId, answerCiphertext: { $ne: null } });
  }

  /** Finishing early drops the questions nobody answered. */
  /** Drops typed drafts saved before `before` (kept at most a day); returns how many. */
  async clearDraftsSavedBefore(em: EntityManager, before: Date): Promise<number> {
    return em.nativeUpdate(InterviewTurn, { draftSavedAt: { $lt: before } }, { draftCiphertext: null, draftSavedAt: null });
  }

  async deleteUnanswered(tx: EntityManager, ownerId: string, interviewId: string): Promise<void> {
    await tx.nativeDelete(InterviewTurn, { interview: interviewId, owner: ownerId, answerCiphertext: null });
  }

  /** Owner of each existing interview among `ids`, for the access policy. */
  async ownersOfInterviews(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(Interview, { id: { $in: [...ids] } }, { fields: ['id', 'owner'] });
    return new Map(rows.map((row) => [row.id, row.owner.id]));
  }

  /** Owner of each existing turn among `ids`, for the access policy. */
  async ownersOfTurns(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(InterviewTurn, { id: { $in: [...ids] } }, { fields: ['id', 'owner'] });
    return new Map(rows.map((row) => [row.id, row.owner.id]));
  }
}
