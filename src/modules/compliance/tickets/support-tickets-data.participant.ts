import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../../platform/contracts/user-data-participant.js';
import { SupportTicket } from './support-ticket.entity.js';
import { SupportTicketsService } from './support-tickets.service.js';

/**
 * Support tickets in data rights: the export holds each ticket with its whole thread, decrypted;
 * erasure deletes the person's tickets (their messages with them). A staff member's own account
 * leaves their replies in place, unlinked (the actor turns null).
 */
@Injectable()
@UserDataParticipant()
export class SupportTicketsDataParticipant implements UserDataContributor {
  readonly dataArea = 'support-tickets';
  readonly exportFolder = { name: 'support-tickets', description: 'the support tickets you opened, with every message in them' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly tickets: SupportTicketsService) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    return [{ path: 'support-tickets/tickets.json', content: JSON.stringify(await this.tickets.exportFor(userId), null, 2) }];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(SupportTicket, { requester: userId });
  }
}
