import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CompaniesService } from './companies.service.js';
import { requireUuid } from './ids.js';
import { JobsNotFoundError } from './jobs.errors.js';
import { grantIsActive, ShareGrant, type GrantItem } from './share-grant.entity.js';

type DocumentItem = Extract<GrantItem, { kind: 'document' }>;
type ProfileItem = Extract<GrantItem, { kind: 'profile' }>;

/**
 * Grants as a company sees them: only grants made to its own company, and within them only the
 * listed items. Whether a grant still allows a read is the access service's answer (revoked or
 * expired: "not found"); this service only finds which item a URL names.
 */
@Injectable()
export class EmployerGrantsService {
  constructor(
    private readonly em: EntityManager,
    private readonly companies: CompaniesService,
  ) {}

  async item(memberId: string, grantId: string, documentId: string, kind: 'document'): Promise<DocumentItem>;
  async item(memberId: string, grantId: string, documentId: string, kind: 'profile'): Promise<ProfileItem>;
  async item(memberId: string, grantId: string, documentId: string, kind: GrantItem['kind']): Promise<GrantItem> {
    const member = await this.companies.requireMembership(memberId);
    const grant = await this.em.fork().findOne(ShareGrant, { id: requireUuid(grantId), company: member.company.id });
    const item = grant?.items.find((i) => i.kind === kind && i.documentId === documentId);
    if (!grant || !item || !grantIsActive(grant)) throw new JobsNotFoundError();
    return item;
  }

  /** Profiles shared with the member's company that are still active (no list of anyone else, ever). */
  async profileSharesFor(memberId: string) {
    const member = await this.companies.requireMembership(memberId);
    const grants = await this.em.fork().find(ShareGrant, { company: member.company.id, purpose: 'profile', revokedAt: null }, { populate: ['owner'], orderBy: { createdAt: 'desc' } });
    return grants.filter((g) => grantIsActive(g)).map((g) => ({ id: g.id, name: g.owner.displayName, items: g.items, since: g.createdAt, expiresAt: g.expiresAt ?? null }));
  }
}
