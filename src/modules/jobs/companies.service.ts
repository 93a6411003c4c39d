import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import { Mailer } from '../../platform/mail/index.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { Company, CompanyInvitation, CompanyMember, type CompanySize } from './company.entity.js';
import { PostingPoolCache } from './posting-pool.cache.js';
import { AlreadyInCompanyError, InvitationInvalidError, JobsNotFoundError } from './jobs.errors.js';

export interface CompanyProfile {
  name: string;
  website: string | null;
  size: CompanySize | null;
  locations: string[];
  description: string;
}

const INVITATION_DAYS = 14;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Companies, their members and invitations. Every read is by the acting member. */
@Injectable()
export class CompaniesService {
  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly pools: PostingPoolCache,
  ) {}

  /** The person's membership with its company, or null. */
  membershipOf(userId: string, em: EntityManager = this.em): Promise<CompanyMember | null> {
    return em.findOne(CompanyMember, { user: userId }, { populate: ['company'] });
  }

  /** The company the person acts for, or the not-found error. */
  async requireMembership(userId: string, em: EntityManager = this.em): Promise<CompanyMember> {
    const member = await this.membershipOf(userId, em);
    if (!member) throw new JobsNotFoundError();
    return member;
  }

  async create(userId: string, profile: CompanyProfile): Promise<Company> {
    return this.em.fork().transactional(async (tx) => {
      if (await tx.count(CompanyMember, { user: userId })) throw new AlreadyInCompanyError();
      const company = tx.create(Company, { ...profile });
      tx.create(CompanyMember, { company, user: tx.getReference(User, userId), role: 'owner' });
      return company;
    });
  }

  async update(userId: string, profile: CompanyProfile): Promise<void> {
    const em = this.em.fork();
    const member = await this.requireMembership(userId, em);
    em.assign(member.company, { ...profile });
    await em.flush();
    // Search results show the company's name: this instance's shows the new one at once.
    this.pools.forget();
  }

  /** Public company page: by id. */
  async get(companyId: string): Promise<Company> {
    const company = await this.em.fork().findOne(Company, { id: companyId });
    if (!company) throw new JobsNotFoundError();
    return company;
  }

  members(companyId: string): Promise<CompanyMember[]> {
    return this.em.fork().find(CompanyMember, { company: companyId }, { populate: ['user'], orderBy: { createdAt: 'asc' } });
  }

  /**
   * An owner invites a colleague: the row and the message commit together. The link's token is
   * mailed and only its hash kept, so the table cannot be used to accept an invitation.
   */
  async invite(ownerId: string, email: string, locale: Locale, inviterName: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const member = await this.requireMembership(ownerId, tx);
      if (member.role !== 'owner') throw new JobsNotFoundError();
      const token = randomBytes(24).toString('base64url');
      tx.create(CompanyInvitation, {
        company: member.company,
        email: email.toLowerCase(),
        tokenHash: hashToken(token),
        invitedBy: tx.getReference(User, ownerId),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      await tx.flush();
      await this.mailer.send(
        { to: email, locale, template: 'company-invitation', kind: 'transactional', data: { companyName: member.company.name, inviterName, path: `/employer/invitations/${token}`, days: INVITATION_DAYS } },
        tx,
      );
    });
  }

  /** The invitation behind a link, when it is still valid and addressed to this person. */
  async invitation(token: string, email: string): Promise<CompanyInvitation> {
    const invitation = await this.em.fork().findOne(CompanyInvitation, { tokenHash: hashToken(token) }, { populate: ['company'] });
    if (!invitation || invitation.expiresAt < new Date() || invitation.email !== email.toLowerCase()) throw new InvitationInvalidError();
    return invitation;
  }

  /** Joins the company and becomes an employer; the invitation (and the address in it) is deleted. */
  async accept(userId: string, email: string, token: string): Promise<Company> {
    const invitation = await this.invitation(token, email);
    return this.em.fork().transactional(async (tx) => {
      if (await tx.count(CompanyMember, { user: userId })) throw new AlreadyInCompanyError();
      await tx.nativeDelete(CompanyInvitation, { id: invitation.id });
      tx.create(CompanyMember, { company: tx.getReference(Company, invitation.company.id), user: tx.getReference(User, userId), role: 'member' });
      await tx.nativeUpdate(User, { id: userId, role: { $in: ['job_seeker', 'employer'] } }, { role: 'employer' });
      return invitation.company;
    });
  }
}
