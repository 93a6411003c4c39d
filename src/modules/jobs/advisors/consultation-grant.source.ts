import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../../platform/access/access-grant-source.js';
import { sharedItemKind } from '../share-grant.entity.js';
import { AdvisorsService } from './advisors.service.js';

/**
 * Consultations as the access service sees them (S2): an advisor may read, through the shared-item
 * permissions only, a document or résumé profile a person listed in an active consultation with that
 * advisor. Each allowed read is logged and shown on the person's Sharing page.
 */
@Injectable()
@AccessGrantSource()
export class ConsultationGrantSource implements GrantSource {
  readonly basis = 'grant' as const;

  constructor(private readonly advisors: AdvisorsService) {}

  async find(request: AccessRequest, em: EntityManager): Promise<AccessGrantMatch | undefined> {
    if (request.actor.role !== 'advisor') return undefined;
    const kind = sharedItemKind(request.permission);
    if (!kind) return undefined;
    const found = await this.advisors.activeConsultationFor(em, request.ownerId, request.actor.id, { kind, documentId: request.resourceId });
    return found ? { referenceId: found.id, reason: found.advisorName } : undefined;
  }
}
