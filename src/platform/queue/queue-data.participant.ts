import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../contracts/user-data-participant.js';
import { JOB_OWNER_KEY, QUEUE_SCHEMA } from './job-queue.service.js';

/**
 * pg-boss keeps every job — queued, running, finished, failed — with its data (ids of the person's
 * analyses and interviews, and the owner's id). Erasure (R2) removes those rows in the same
 * transaction as the rest, so nothing in the queue's tables mentions the person afterwards. A job
 * that is running at that moment finds its row and its subject gone and ends without effect.
 * Nothing is exported: the rows are plumbing, and what they worked on is exported by its module.
 */
@Injectable()
@UserDataParticipant()
export class QueueDataParticipant implements UserDataContributor {
  readonly dataArea = 'queue';
  readonly exportFolder = null;
  readonly erasePhase = ERASE_PHASE.rows;

  exportUserData(): Promise<ExportEntry[]> {
    return Promise.resolve([]);
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    // `job` is partitioned by queue; deleting through the parent reaches every partition.
    await em.execute(`delete from ${QUEUE_SCHEMA}.job where data->>'${JOB_OWNER_KEY}' = ?`, [userId]);
  }
}
