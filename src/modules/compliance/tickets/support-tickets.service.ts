import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AccessService } from '../../../platform/access/access.service.js';
import type { Actor } from '../../../platform/access/permissions.js';
import { DomainError, messageKey, ResourceNotFoundError } from '../../../platform/contracts/domain-error.js';
import { User } from '../../../platform/identity/user.entity.js';
import { Mailer } from '../../../platform/mail/index.js';
import { PublicOrigin } from '../../../platform/web/public-origin.service.js';
import { EncryptedObjectStore } from '../../../platform/vault/encrypted-object-store.service.js';
import { OPEN_TICKET_STATUSES, SupportTicket, SupportTicketEvent, type SupportTicketEventKind, type SupportTicketStatus } from './support-ticket.entity.js';
import { SupportTicketsRepository } from './support-tickets.repository.js';

/** New tickets one person may open in a day: enough for any real need, not a way to flood support. */
export const TICKETS_PER_DAY = 10;

const subjectPurpose = (ticketId: string) => `support-ticket-subject:${ticketId}`;
const messagePurpose = (eventId: string) => `support-ticket-message:${eventId}`;

export function ticketReference(id: string): string {
  return `ST-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** Missing, someone else's, or (for staff) not opened as a case: one answer for all (D2, H1). */
export class SupportTicketNotFoundError extends ResourceNotFoundError {
  constructor() {
    super('Support ticket not found');
  }
}

export class TooManyTicketsError extends DomainError {
  constructor() {
    super('RATE_LIMITED', 'You have opened many tickets today. Please add to an open one, or try again tomorrow.', { messageKey: messageKey('tickets:errors.tooMany') });
  }
}

export interface TicketSummary {
  id: string;
  reference: string;
  status: SupportTicketStatus;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** One line of a ticket's thread, decrypted: values and enums; the template says them. */
export interface ThreadLine {
  kind: SupportTicketEventKind;
  /** `requester` for the person, `staff` for anyone at Candor. */
  by: 'requester' | 'staff';
  text: string | null;
  at: Date;
}

/**
 * Support tickets (promise H1): a signed-in person asks support for help from Settings and follows the
 * answers; support works tickets next to data requests. A ticket is also a case: a staff member who
 * opens it with a reason may then read the person's data through the access service (basis `case`,
 * every look logged and shown to the person) until the ticket is closed. Everything the person wrote,
 * and support's answers, are encrypted under the person's data key.
 */
@Injectable()
export class SupportTicketsService {
  constructor(
    private readonly em: EntityManager,
    private readonly tickets: SupportTicketsRepository,
    private readonly store: EncryptedObjectStore,
    private readonly access: AccessService,
    private readonly mailer: Mailer,
    private readonly origin: PublicOrigin,
  ) {}

  async file(person: Actor, subject: string, message: string): Promise<SupportTicket> {
    if ((await this.tickets.openedSince(person.id, new Date(Date.now() - 86_400_000))) >= TICKETS_PER_DAY) throw new TooManyTicketsError();
    return this.em.fork().transactional(async (tx) => {
      const id = randomUUID();
      const subjectCiphertext = await this.store.encryptField(person.id, subjectPurpose(id), subject);
      const ticket = tx.create(SupportTicket, { id, requester: tx.getReference(User, person.id), subjectCiphertext, status: 'open', createdAt: new Date(), updatedAt: new Date() });
      await this.addMessage(tx, ticket, person.id, { id: person.id, role: 'requester' }, message);
      await tx.flush();
      return ticket;
    });
  }

  async listForRequester(personId: string): Promise<(TicketSummary & { subject: string })[]> {
    const tickets = await this.tickets.listForRequester(personId);
    return Promise.all(tickets.map(async (ticket) => ({ ...summary(ticket), subject: await this.subject(personId, ticket) })));
  }

  /** The person's own ticket (the access check answers "not found" for anyone else's). */
  async requesterView(person: Actor, id: string): Promise<{ ticket: TicketSummary; subject: string; thread: ThreadLine[] }> {
    await this.access.require(person, 'support_ticket:read', id);
    const ticket = await this.tickets.findById(id);
    if (!ticket) throw new SupportTicketNotFoundError();
    return { ticket: summary(ticket), subject: await this.subject(person.id, ticket), thread: await this.thread(person.id, ticket.id) };
  }

  /** The person adds to their ticket; a closed one opens again, since they need an answer. */
  async replyAsRequester(person: Actor, id: string, message: string): Promise<void> {
    await this.access.require(person, 'support_ticket:write', id);
    await this.em.fork().transactional(async (tx) => {
      const ticket = await tx.findOneOrFail(SupportTicket, { id });
      await this.addMessage(tx, ticket, person.id, { id: person.id, role: 'requester' }, message);
      ticket.status = 'open';
      ticket.closedAt = null;
      await tx.flush();
    });
  }

  /** The support queue: what support owes an answer on, with nothing the person wrote (that needs the case). */
  async queue(status: SupportTicketStatus | 'active'): Promise<TicketSummary[]> {
    return (await this.tickets.queue(status)).map(summary);
  }

  /**
   * A ticket as staff see it. Until this staff member opens it as a case with a reason, only its
   * reference, status and times show; once opened (and while not closed) the subject and thread show,
   * and each view is a logged look at the person's data.
   */
  async staffView(staff: Actor, id: string): Promise<{ ticket: TicketSummary; opened: boolean; openingReason: string | null; subject: string | null; thread: ThreadLine[] | null }> {
    const ticket = await this.tickets.findById(id);
    if (!ticket) throw new SupportTicketNotFoundError();
    const opening = await this.tickets.openingBy(id, staff.id);
    const opened = Boolean(opening) && OPEN_TICKET_STATUSES.includes(ticket.status);
    if (!opened) return { ticket: summary(ticket), opened: false, openingReason: opening?.reason ?? null, subject: null, thread: null };
    const ownerId = (await this.access.require(staff, 'support_ticket:read', id)).ownerId;
    return { ticket: summary(ticket), opened: true, openingReason: opening!.reason ?? null, subject: await this.subject(ownerId, ticket), thread: await this.thread(ownerId, ticket.id) };
  }

  /** Opens the ticket as a case: the reason is recorded, shown to the person and cited in every access it allows. */
  async open(staff: Actor, id: string, reason: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const ticket = await this.tickets.findById(id, tx);
      if (!ticket || !OPEN_TICKET_STATUSES.includes(ticket.status)) throw new SupportTicketNotFoundError();
      this.addEvent(tx, ticket, 'opened', staff, { reason: reason.slice(0, 280) });
      await tx.flush();
    });
  }

  /**
   * Support answers inside the case; the answer is encrypted under the person's key like the rest of
   * the ticket. The person is told by email, in their language, in the same transaction — the email
   * says only that there is an answer and where to read it: the answer itself stays encrypted in Candor.
   */
  async replyAsStaff(staff: Actor, id: string, message: string): Promise<void> {
    await this.inCase(staff, id, async (tx, ticket) => {
      await this.addMessage(tx, ticket, ticket.requester.id, staff, message);
      ticket.status = 'answered';
      const person = await tx.findOneOrFail(User, { id: ticket.requester.id });
      await this.mailer.send(
        {
          to: person.email,
          userId: person.id,
          locale: person.locale,
          template: 'support-ticket-answered',
          kind: 'transactional',
          data: { reference: ticketReference(ticket.id), link: `${this.origin.value}/settings/support/${ticket.id}` },
        },
        tx,
      );
    });
  }

  async close(staff: Actor, id: string): Promise<void> {
    await this.inCase(staff, id, (tx, ticket) => {
      this.addEvent(tx, ticket, 'closed', staff, {});
      ticket.status = 'closed';
      ticket.closedAt = new Date();
    });
  }

  /** The person's tickets, decrypted, for their export. */
  async exportFor(personId: string): Promise<unknown[]> {
    const rows = [];
    for (const ticket of await this.tickets.listForRequester(personId)) {
      rows.push({
        reference: ticketReference(ticket.id),
        subject: await this.subject(personId, ticket),
        status: ticket.status,
        openedAt: ticket.createdAt.toISOString(),
        closedAt: ticket.closedAt?.toISOString() ?? null,
        thread: (await this.thread(personId, ticket.id)).map((line) => ({ ...line, at: line.at.toISOString() })),
      });
    }
    return rows;
  }

  private async inCase(staff: Actor, id: string, change: (tx: EntityManager, ticket: SupportTicket) => void | Promise<void>): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const ticket = await this.tickets.findById(id, tx);
      if (!ticket || !OPEN_TICKET_STATUSES.includes(ticket.status) || !(await this.tickets.openingBy(id, staff.id, tx))) throw new SupportTicketNotFoundError();
      await change(tx, ticket);
      ticket.updatedAt = new Date();
      await tx.flush();
    });
  }

  private addEvent(tx: EntityManager, ticket: SupportTicket, kind: SupportTicketEventKind, actor: { id: string; role: string }, fields: { reason?: string }): SupportTicketEvent {
    return tx.create(SupportTicketEvent, {
      id: randomUUID(),
      ticket,
      kind,
      actor: tx.getReference(User, actor.id),
      actorRole: actor.role.slice(0, 20),
      bodyCiphertext: null,
      reason: fields.reason ?? null,
      at: new Date(),
    });
  }

  private async addMessage(tx: EntityManager, ticket: SupportTicket, ownerId: string, author: { id: string; role: string }, text: string): Promise<void> {
    const event = this.addEvent(tx, ticket, 'message', author, {});
    event.bodyCiphertext = await this.store.encryptField(ownerId, messagePurpose(event.id), text);
    ticket.updatedAt = new Date();
  }

  private subject(ownerId: string, ticket: SupportTicket): Promise<string> {
    return this.store.decryptField(ownerId, subjectPurpose(ticket.id), Buffer.from(ticket.subjectCiphertext));
  }

  private async thread(ownerId: string, ticketId: string): Promise<ThreadLine[]> {
    const events = await this.tickets.events(ticketId);
    return Promise.all(
      events.map(async (event) => ({
        kind: event.kind,
        by: event.actorRole === 'requester' ? ('requester' as const) : ('staff' as const),
        text: event.kind === 'message' && event.bodyCiphertext ? await this.store.decryptField(ownerId, messagePurpose(event.id), Buffer.from(event.bodyCiphertext)) : (event.reason ?? null),
        at: event.at,
      })),
    );
  }
}

function summary(ticket: SupportTicket): TicketSummary {
  return { id: ticket.id, reference: ticketReference(ticket.id), status: ticket.status, createdAt: ticket.createdAt, updatedAt: ticket.updatedAt, closedAt: ticket.closedAt ?? null };
}
