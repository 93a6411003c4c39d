import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { User } from '../identity/user.entity.js';
import type { AccessBasis } from './access-grant-source.js';
import { AccessLog } from './access-log.entity.js';

export interface AccessLogEntry {
  subjectUserId: string;
  actorId: string;
  actorRole: string;
  basis: AccessBasis;
  referenceId: string;
  reason: string;
  resourceKind: string;
  resourceId: string;
  permission: string;
}

/** Queries on the access log; every read is by the subject (the person whose data was opened). */
@Injectable()
export class AccessLogRepository {
  constructor(private readonly em: EntityManager) {}

  /** Inserted at once, in `em`'s transaction when it has one. */
  async record(em: EntityManager, entry: AccessLogEntry): Promise<void> {
    // A native insert, so the row is written now (not at some later flush) and skips entity hooks: id and time are set here.
    await em.insert(AccessLog, {
      id: randomUUID(),
      subjectUser: em.getReference(User, entry.subjectUserId),
      actor: em.getReference(User, entry.actorId),
      actorRole: entry.actorRole.slice(0, 20),
      basis: entry.basis,
      referenceId: entry.referenceId.slice(0, 100),
      reason: entry.reason.slice(0, 300),
      resourceKind: entry.resourceKind,
      resourceId: entry.resourceId,
      permission: entry.permission,
      at: new Date(),
    });
  }

  listForSubject(subjectUserId: string, limit?: number): Promise<AccessLog[]> {
    return this.em.find(AccessLog, { subjectUser: subjectUserId }, { orderBy: { at: 'desc' }, ...(limit ? { limit } : {}) });
  }

  /** Erasure: the person's own history goes; rows where they were the actor stay for the subject, without them. */
  async eraseFor(em: EntityManager, userId: string): Promise<void> {
    await em.nativeDelete(AccessLog, { subjectUser: userId });
    await em.nativeUpdate(AccessLog, { actor: userId }, { actor: null });
  }
}
