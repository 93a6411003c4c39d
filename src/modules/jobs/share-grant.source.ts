import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../platform/access/access-grant-source.js';
import { sharedItemKind } from './share-grant.entity.js';
import { SharingService } from './sharing.service.js';

/**
 * Share grants as the access service sees them (S1, S3): a member of a company may read (through the
 * jobs pages' own `*:read-shared` permissions) a document or a résumé profile its owner listed in an
 * active grant to that company — never write, never anything
 * else. The access service logs each allowed read for the owner's Sharing page and history.
 */
@Injectable()
@AccessGrantSource()
export class ShareGrantSource implements GrantSource {
  readonly basis = 'grant' as const;

  constructor(private readonly sharing: SharingService) {}

  async find(request: AccessRequest, em: EntityManager): Promise<AccessGrantMatch | undefined> {
    if (request.actor.role !== 'employer') return undefined;
    const kind = sharedItemKind(request.permission);
    if (!kind) return undefined;
    const found = await this.sharing.activeGrantFor(em, request.ownerId, request.actor.id, { kind, documentId: request.resourceId });
    if (!found) return undefined;
    const reason = found.postingTitle ? `${found.grant.company.name} — ${found.postingTitle}` : found.grant.company.name;
    return { referenceId: found.grant.id, reason };
  }
}
