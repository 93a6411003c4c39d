import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessLog } from '../../platform/access/access-log.entity.js';
import { User } from '../../platform/identity/user.entity.js';
import { DocumentsService } from '../documents/index.js';
import { Application } from './application.entity.js';
import { Company } from './company.entity.js';
import { requireUuid } from './ids.js';
import { JobsNotFoundError } from './jobs.errors.js';
import { grantIsActive, ShareGrant, SHAREABLE_SECTIONS, type GrantItem, type GrantPurpose, type ShareableSection } from './share-grant.entity.js';

/** What a person picked to share: nothing is included unless named here (S1). */
export interface ShareChoice {
  resumeId: string | null;
  coverLetterIds: string[];
  portfolioIds: string[];
  /** Sections of the chosen résumé's structured profile. */
  sections: ShareableSection[];
}

export const SHARE_PROFILE_DEFAULT_DAYS = 30;
export const SHARE_PROFILE_DAY_CHOICES = [7, 30, 90] as const;

/** One line of the Sharing page: a grant, what it covers, and every time the company opened something. */
export interface SharingRow {
  id: string;
  purpose: GrantPurpose;
  companyName: string;
  postingTitle: string | null;
  items: GrantItem[];
  since: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  active: boolean;
  views: { at: Date; thing: 'document' | 'profile'; documentId: string }[];
}

/**
 * Share grants (promise S1): made only from what the person ticked, listed with every view on the
 * Sharing page, revoked in one step. The grant source reads them for the access service.
 */
@Injectable()
export class SharingService {
  constructor(
    private readonly em: EntityManager,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * The items of a choice, after checking each document is the person's own and of the kind its box
   * says (a forged id is "not found", like anyone else's document).
   */
  async itemsOf(ownerId: string, choice: ShareChoice): Promise<GrantItem[]> {
    const items: GrantItem[] = [];
    const own = async (id: string, category: 'resume' | 'cover_letter' | 'portfolio') => {
      const document = await this.documents.get(ownerId, requireUuid(id));
      if (document.category !== category) throw new JobsNotFoundError();
      return document.id;
    };
    if (choice.resumeId) {
      const resumeId = await own(choice.resumeId, 'resume');
      items.push({ kind: 'document', documentId: resumeId, category: 'resume' });
      const sections = SHAREABLE_SECTIONS.filter((s) => choice.sections.includes(s));
      if (sections.length) items.push({ kind: 'profile', documentId: resumeId, sections });
    }
    for (const id of new Set(choice.coverLetterIds)) items.push({ kind: 'document', documentId: await own(id, 'cover_letter'), category: 'cover_letter' });
    for (const id of new Set(choice.portfolioIds)) items.push({ kind: 'document', documentId: await own(id, 'portfolio'), category: 'portfolio' });
    return items;
  }

  /** Share Profile without applying: to one company, until the expiry. */
  async shareProfile(ownerId: string, companyId: string, choice: ShareChoice, days: number): Promise<ShareGrant> {
    const items = await this.itemsOf(ownerId, choice);
    if (!items.length) throw new JobsNotFoundError();
    const em = this.em.fork();
    const company = await em.findOne(Company, { id: requireUuid(companyId) });
    if (!company) throw new JobsNotFoundError();
    const grant = em.create(ShareGrant, {
      owner: em.getReference(User, ownerId),
      company,
      purpose: 'profile',
      items,
      expiresAt: new Date(Date.now() + days * 86_400_000),
      revokedAt: null,
    });
    await em.flush();
    return grant;
  }

  /** From now on the company gets "not found" on every item of the grant. Idempotent. */
  async revoke(ownerId: string, grantId: string, em: EntityManager = this.em.fork()): Promise<ShareGrant> {
    const grant = await em.findOne(ShareGrant, { id: requireUuid(grantId), owner: ownerId }, { populate: ['company'] });
    if (!grant) throw new JobsNotFoundError();
    grant.revokedAt ??= new Date();
    await em.flush();
    return grant;
  }

  /** The Sharing page: every grant the person made, newest first, with each view the access log holds. */
  async rowsFor(ownerId: string): Promise<SharingRow[]> {
    const em = this.em.fork();
    const grants = await em.find(ShareGrant, { owner: ownerId }, { populate: ['company'], orderBy: { createdAt: 'desc' } });
    if (!grants.length) return [];
    const ids = grants.map((g) => g.id);
    const applications = await em.find(Application, { grant: { $in: ids } }, { populate: ['posting'] });
    const views = await em.find(AccessLog, { subjectUser: ownerId, basis: 'grant', referenceId: { $in: ids } }, { orderBy: { at: 'desc' } });
    const now = new Date();
    return grants.map((grant) => ({
      id: grant.id,
      purpose: grant.purpose,
      companyName: grant.company.name,
      postingTitle: applications.find((a) => a.grant?.id === grant.id)?.posting.title ?? null,
      items: grant.items,
      since: grant.createdAt,
      expiresAt: grant.expiresAt ?? null,
      revokedAt: grant.revokedAt ?? null,
      active: grantIsActive(grant, now),
      views: views
        .filter((v) => v.referenceId === grant.id)
        .map((v) => ({ at: v.at, thing: v.resourceKind === 'profile' ? ('profile' as const) : ('document' as const), documentId: v.resourceId })),
    }));
  }

  /** For the access service: the active grant of `ownerId` to the actor's company that lists this item. */
  async activeGrantFor(em: EntityManager, ownerId: string, actorId: string, item: { kind: 'document' | 'profile'; documentId: string }): Promise<{ grant: ShareGrant; postingTitle: string | null } | undefined> {
    const rows = await em.getConnection().execute<{ id: string }[]>(
      `select g.id from share_grants g
         join company_members m on m.company_id = g.company_id and m.user_id = ?
        where g.owner_id = ? and g.revoked_at is null and (g.expires_at is null or g.expires_at > now())
          and g.items @> ?::jsonb
        order by g.created_at desc limit 1`,
      [actorId, ownerId, JSON.stringify([{ kind: item.kind, documentId: item.documentId }])],
    );
    const id = rows[0]?.id;
    if (!id) return undefined;
    const grant = await em.findOneOrFail(ShareGrant, { id }, { populate: ['company'] });
    const application = await em.findOne(Application, { grant: id }, { populate: ['posting'] });
    return { grant, postingTitle: application?.posting.title ?? null };
  }
}
