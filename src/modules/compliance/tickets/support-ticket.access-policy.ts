import { Injectable } from '@nestjs/common';
import { AccessPolicy, type ResourcePolicy } from '../../../platform/access/access-policy.js';
import type { ResourceKind } from '../../../platform/access/permissions.js';
import { SupportTicketsRepository } from './support-tickets.repository.js';

/** Whose a support ticket is: the person who opened it. */
@Injectable()
@AccessPolicy()
export class SupportTicketAccessPolicy implements ResourcePolicy {
  readonly resourceKinds = ['support_ticket'] as const satisfies readonly ResourceKind[];

  constructor(private readonly tickets: SupportTicketsRepository) {}

  ownersOf(_kind: ResourceKind, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return this.tickets.ownersOf(ids);
  }
}
