import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../../platform/access/access-grant-source.js';
import { DataRequestsRepository } from '../requests/data-requests.repository.js';
import { requestReference } from '../requests/data-requests.service.js';
import { SupportTicketsRepository } from '../tickets/support-tickets.repository.js';
import { ticketReference } from '../tickets/support-tickets.service.js';

const STAFF_ROLES = new Set(['support', 'admin']);

/**
 * Staff access only inside a case (promise H1). Support and admin staff may read a person's data
 * only while a case of that person is open — a data request, or a support ticket the person opened —
 * and this staff member opened it with a reason; the access service then logs the look (who, role,
 * case, reason, what, when, from where) and the person sees it in Settings. Reads only: changes go
 * through the case's own steps. A request or ticket itself is readable only inside its own case.
 */
@Injectable()
@AccessGrantSource()
export class StaffCaseGrantSource implements GrantSource {
  readonly basis = 'case' as const;

  constructor(
    private readonly requests: DataRequestsRepository,
    private readonly tickets: SupportTicketsRepository,
  ) {}

  async find(request: AccessRequest, em: EntityManager): Promise<AccessGrantMatch | undefined> {
    if (!STAFF_ROLES.has(request.actor.role) || !request.permission.endsWith(':read')) return undefined;
    if (request.resourceKind !== 'support_ticket') {
      const onlyThisRequest = request.resourceKind === 'data_request' ? request.resourceId : undefined;
      const found = await this.requests.openCaseFor(request.ownerId, request.actor.id, em, onlyThisRequest);
      if (found) return { referenceId: found.request.id, reason: `${requestReference(found.request.id)} · ${found.reason}` };
      if (request.resourceKind === 'data_request') return undefined;
    }
    const onlyThisTicket = request.resourceKind === 'support_ticket' ? request.resourceId : undefined;
    const ticket = await this.tickets.openCaseFor(request.ownerId, request.actor.id, em, onlyThisTicket);
    return ticket ? { referenceId: ticket.ticketId, reason: `${ticketReference(ticket.ticketId)} · ${ticket.reason}` } : undefined;
  }
}
