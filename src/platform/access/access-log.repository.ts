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
  ip?: string | undefined;
  via?: string | undefined;
}

/** What an administrator may narrow the log by (promise H1: admins review it). */
export interface AccessLogFilter {
  actorRole?: string;
  basis?: AccessBasis;
  /** A case's or grant's id. */
  referenceId?: string;
  actorId?: string;
  subjectUserId?: string;
  from?: Date;
  to?: Date;
}

/** Queries on the access log; every read is by the subject (the person whose data was opened), except the admins' review. */
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
      ip: entry.ip?.slice(0, 64) ?? null,
      via: entry.via?.slice(0, 200) ?? null,
    });
  }

  listForSubject(subjectUserId: string, limit?: number): Promise<AccessLog[]> {
    return this.em.find(AccessLog, { subjectUser: subjectUserId }, { orderBy: { at: 'desc' }, ...(limit ? { limit } : {}) });
  }

  /** The log across everyone, newest first, for administrators' review; the caller pages it. */
  search(filter: AccessLogFilter, limit: number, offset = 0): Promise<[AccessLog[], number]> {
    const at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    return this.em.findAndCount(
      AccessLog,
      {
        ...(filter.actorRole ? { actorRole: filter.actorRole } : {}),
        ...(filter.basis ? { basis: filter.basis } : {}),
        ...(filter.referenceId ? { referenceId: filter.referenceId } : {}),
        ...(filter.actorId ? { actor: filter.actorId } : {}),
        ...(filter.subjectUserId ? { subjectUser: filter.subjectUserId } : {}),
        ...(filter.from || filter.to ? { at } : {}),
      },
      { orderBy: { at: 'desc', id: 'desc' }, limit, offset, populate: ['actor', 'subjectUser'] },
    );
  }

  /** Erasure: the person's own history goes; rows where they were the actor stay for the subject, without them. */
  async eraseFor(em: EntityManager, userId: string): Promise<void> {
    await em.nativeDelete(AccessLog, { subjectUser: userId });
    await em.nativeUpdate(AccessLog, { actor: userId }, { actor: null });
  }
}
