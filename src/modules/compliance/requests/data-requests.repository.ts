import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User } from '../../../platform/identity/user.entity.js';
import { DataRequest, DataRequestEvent, OPEN_STATUSES, type DataRequestEventKind, type DataRequestStatus, type DataRequestType } from './data-request.entity.js';

export interface QueueFilter {
  status?: DataRequestStatus | 'open';
  type?: DataRequestType;
  assigneeId?: string;
  overdueAt?: Date;
}

export interface NewEvent {
  kind: DataRequestEventKind;
  actorId: string | null;
  actorRole: string;
  status?: DataRequestStatus;
  text?: string;
  internal?: boolean;
}

/**
 * Queries on data requests. The requester's reads are by their user id; staff reads go through the
 * case rules in the service (a request is opened with a reason before anything personal is shown).
 */
@Injectable()
export class DataRequestsRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string, em: EntityManager = this.em): Promise<DataRequest | null> {
    return em.findOne(DataRequest, { id }, { populate: ['requesterUser', 'assignee'] });
  }

  listForRequester(userId: string): Promise<DataRequest[]> {
    return this.em.find(DataRequest, { requesterUser: userId }, { orderBy: { createdAt: 'desc' } });
  }

  queue(filter: QueueFilter, limit = 200): Promise<DataRequest[]> {
    const status = filter.status === 'open' ? { $in: [...OPEN_STATUSES] } : filter.status ? filter.status : { $ne: 'identity_unverified' as const };
    return this.em.find(
      DataRequest,
      {
        status,
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.assigneeId ? { assignee: filter.assigneeId } : {}),
        ...(filter.overdueAt ? { dueAt: { $lt: filter.overdueAt } } : {}),
      },
      { orderBy: { dueAt: 'asc' }, limit, populate: ['assignee'] },
    );
  }

  events(requestId: string, options: { includeInternal: boolean }): Promise<DataRequestEvent[]> {
    return this.em.find(DataRequestEvent, { request: requestId, ...(options.includeInternal ? {} : { internal: false }) }, { orderBy: { at: 'asc', id: 'asc' }, populate: ['actor'] });
  }

  /** Appends to the request's history, inside `em`'s transaction. */
  addEvent(em: EntityManager, request: DataRequest, event: NewEvent): DataRequestEvent {
    return em.create(DataRequestEvent, {
      request,
      kind: event.kind,
      actor: event.actorId ? em.getReference(User, event.actorId) : null,
      actorRole: event.actorRole.slice(0, 20),
      status: event.status ?? null,
      text: event.text ?? null,
      internal: event.internal ?? false,
      at: new Date(),
    });
  }

  /** The latest time `actorId` opened the request as a case, with the reason they gave. */
  async openingBy(requestId: string, actorId: string, em: EntityManager = this.em): Promise<DataRequestEvent | null> {
    return em.findOne(DataRequestEvent, { request: requestId, kind: 'opened', actor: actorId }, { orderBy: { at: 'desc' } });
  }

  /**
   * The open case in which `actorId` may look at `ownerId`'s data: a request of that person, still
   * open, that this staff member opened with a reason (H1). Narrowed to one request when given.
   */
  async openCaseFor(ownerId: string, actorId: string, em: EntityManager, requestId?: string): Promise<{ request: DataRequest; reason: string } | undefined> {
    const rows = await em.execute<{ id: string; text: string | null }[]>(
      `select r.id, e.text from data_requests r
         join data_request_events e on e.request_id = r.id and e.kind = 'opened' and e.actor_id = ?
        where r.requester_user_id = ? and r.status in (${OPEN_STATUSES.map(() => '?').join(', ')}) ${requestId ? 'and r.id = ?' : ''}
        order by e.at desc limit 1`,
      [actorId, ownerId, ...OPEN_STATUSES, ...(requestId ? [requestId] : [])],
    );
    const row = rows[0];
    if (!row) return undefined;
    const request = await em.findOneOrFail(DataRequest, { id: row.id });
    return { request, reason: row.text ?? '' };
  }

  /** Whose each request is (requests from the public form have no account and are left out). */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.getConnection().execute<{ id: string; owner: string }[]>(
      `select id, requester_user_id as owner from data_requests where id in (${ids.map(() => '?').join(', ')}) and requester_user_id is not null`,
      [...ids],
    );
    return new Map(rows.map((r) => [r.id, r.owner]));
  }

  /** Codes sent to one address since `since`, across its requests (the public form's rate limit). */
  async codesSentTo(email: string, since: Date): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<{ n: number }[]>(`select coalesce(sum(codes_sent), 0)::int as n from data_requests where lower(requester_email) = lower(?) and created_at >= ?`, [email, since]);
    return row?.n ?? 0;
  }

  /** Public-form requests whose address was never proven: nothing started, nothing kept. */
  deleteUnverifiedBefore(cutoff: Date): Promise<number> {
    return this.em.fork().nativeDelete(DataRequest, { status: 'identity_unverified', createdAt: { $lt: cutoff } });
  }
}
