import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { OPEN_TICKET_STATUSES, SupportTicket, SupportTicketEvent, type SupportTicketStatus } from './support-ticket.entity.js';

/**
 * Queries on support tickets. The requester's reads are by their user id; staff reads go through the
 * case rules in the service (a ticket is opened with a reason before anything in it is shown).
 */
@Injectable()
export class SupportTicketsRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string, em: EntityManager = this.em): Promise<SupportTicket | null> {
    return em.findOne(SupportTicket, { id });
  }

  listForRequester(userId: string): Promise<SupportTicket[]> {
    return this.em.find(SupportTicket, { requester: userId }, { orderBy: { createdAt: 'desc' } });
  }

  /** Oldest waiting first, as support works them. */
  queue(status: SupportTicketStatus | 'active', limit = 200): Promise<SupportTicket[]> {
    return this.em.find(SupportTicket, { status: status === 'active' ? { $in: [...OPEN_TICKET_STATUSES] } : status }, { orderBy: { updatedAt: 'asc' }, limit });
  }

  events(ticketId: string): Promise<SupportTicketEvent[]> {
    return this.em.find(SupportTicketEvent, { ticket: ticketId }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  /** The latest time `actorId` opened the ticket as a case, with the reason they gave. */
  openingBy(ticketId: string, actorId: string, em: EntityManager = this.em): Promise<SupportTicketEvent | null> {
    return em.findOne(SupportTicketEvent, { ticket: ticketId, kind: 'opened', actor: actorId }, { orderBy: { at: 'desc' } });
  }

  /**
   * The open case in which `actorId` may look at `ownerId`'s data: a ticket that person opened, not
   * closed, that this staff member opened with a reason (H1). Narrowed to one ticket when given.
   */
  async openCaseFor(ownerId: string, actorId: string, em: EntityManager, ticketId?: string): Promise<{ ticketId: string; reason: string } | undefined> {
    const rows = await em.execute<{ id: string; reason: string | null }[]>(
      `select t.id, e.reason from support_tickets t
         join support_ticket_events e on e.ticket_id = t.id and e.kind = 'opened' and e.actor_id = ?
        where t.requester_id = ? and t.status in (${OPEN_TICKET_STATUSES.map(() => '?').join(', ')}) ${ticketId ? 'and t.id = ?' : ''}
        order by e.at desc limit 1`,
      [actorId, ownerId, ...OPEN_TICKET_STATUSES, ...(ticketId ? [ticketId] : [])],
    );
    const row = rows[0];
    return row ? { ticketId: row.id, reason: row.reason ?? '' } : undefined;
  }

  /** Whose each ticket is. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em
      .getConnection()
      .execute<{ id: string; owner: string }[]>(`select id, requester_id as owner from support_tickets where id in (${ids.map(() => '?').join(', ')})`, [...ids]);
    return new Map(rows.map((r) => [r.id, r.owner]));
  }

  /** Tickets the person opened since `since` (the per-person limit on new tickets). */
  async openedSince(userId: string, since: Date): Promise<number> {
    return this.em.count(SupportTicket, { requester: userId, createdAt: { $gte: since } });
  }
}
