import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessLog } from '../../../platform/access/access-log.entity.js';
import { User } from '../../../platform/identity/user.entity.js';
import { requireUuid } from '../ids.js';
import { JobsNotFoundError } from '../jobs.errors.js';
import type { GrantItem } from '../share-grant.entity.js';
import { SharingService, type ShareChoice } from '../sharing.service.js';
import { AdvisorProfile, Consultation } from './advisor.entities.js';

export interface DirectoryEntry {
  id: string;
  name: string;
  specialty: string;
  bio: string;
}

/** One consultation on the person's Sharing page: to whom, what, since when, and every view. */
export interface ConsultationRow {
  id: string;
  advisorName: string;
  items: GrantItem[];
  since: Date;
  revokedAt: Date | null;
  active: boolean;
  views: { at: Date; thing: 'document' | 'profile'; documentId: string }[];
}

/**
 * Advisors (promise S2): their profiles, the administrator's verification, the directory job seekers
 * read, and consultations — each made on its own consent page naming the advisor and listing the items.
 */
@Injectable()
export class AdvisorsService {
  constructor(
    private readonly em: EntityManager,
    private readonly sharing: SharingService,
  ) {}

  profileOf(userId: string): Promise<AdvisorProfile | null> {
    return this.em.fork().findOne(AdvisorProfile, { user: userId });
  }

  /** The advisor writes their own profile; a change keeps the verification (the person is verified, not the words). */
  async saveProfile(userId: string, fields: { specialty: string; bio: string }): Promise<void> {
    const em = this.em.fork();
    const profile = await em.findOne(AdvisorProfile, { user: userId });
    if (profile) Object.assign(profile, fields);
    else em.create(AdvisorProfile, { user: em.getReference(User, userId), ...fields, verifiedAt: null, verifiedBy: null });
    await em.flush();
  }

  /** Verified advisors who still have the role, by name. */
  async directory(): Promise<DirectoryEntry[]> {
    const rows = await this.em.fork().find(AdvisorProfile, { verifiedAt: { $ne: null }, user: { role: 'advisor' } }, { populate: ['user'] });
    return rows.map((p) => ({ id: p.user.id, name: p.user.displayName, specialty: p.specialty, bio: p.bio })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** One verified advisor, by user id; anyone else is "not found". */
  async verifiedAdvisor(userId: string): Promise<DirectoryEntry> {
    const profile = await this.em.fork().findOne(AdvisorProfile, { user: { id: requireUuid(userId), role: 'advisor' }, verifiedAt: { $ne: null } }, { populate: ['user'] });
    if (!profile) throw new JobsNotFoundError();
    return { id: profile.user.id, name: profile.user.displayName, specialty: profile.specialty, bio: profile.bio };
  }

  /** For administrators: every advisor account, with or without a profile, and whether it is verified. */
  async forAdmin(): Promise<{ id: string; name: string; email: string; specialty: string | null; verifiedAt: Date | null }[]> {
    const em = this.em.fork();
    const users = await em.find(User, { role: 'advisor' }, { orderBy: { displayName: 'asc' } });
    const profiles = await em.find(AdvisorProfile, { user: { $in: users.map((u) => u.id) } });
    return users.map((u) => {
      const profile = profiles.find((p) => p.user.id === u.id);
      return { id: u.id, name: u.displayName, email: u.email, specialty: profile?.specialty ?? null, verifiedAt: profile?.verifiedAt ?? null };
    });
  }

  /** Verifies (or withdraws the verification of) an advisor who has written a profile. */
  async setVerified(adminId: string, advisorId: string, verified: boolean): Promise<void> {
    const em = this.em.fork();
    const profile = await em.findOne(AdvisorProfile, { user: { id: requireUuid(advisorId), role: 'advisor' } });
    if (!profile) throw new JobsNotFoundError();
    profile.verifiedAt = verified ? new Date() : null;
    profile.verifiedBy = verified ? em.getReference(User, adminId) : null;
    await em.flush();
  }

  /** After the consent page: exactly the ticked items, to this verified advisor. */
  async consult(ownerId: string, advisorId: string, choice: ShareChoice, note: string | null): Promise<Consultation> {
    const advisor = await this.verifiedAdvisor(advisorId);
    if (advisor.id === ownerId) throw new JobsNotFoundError();
    const items = await this.sharing.itemsOf(ownerId, choice);
    if (!items.length) throw new JobsNotFoundError();
    const em = this.em.fork();
    const consultation = em.create(Consultation, {
      owner: em.getReference(User, ownerId),
      advisor: em.getReference(User, advisor.id),
      items,
      note,
      advisorNameAtConsent: advisor.name,
      revokedAt: null,
    });
    await em.flush();
    return consultation;
  }

  /** From now on the advisor gets "not found" on the consultation and every item. Idempotent. */
  async revoke(ownerId: string, consultationId: string): Promise<Consultation> {
    const em = this.em.fork();
    const consultation = await em.findOne(Consultation, { id: requireUuid(consultationId), owner: ownerId }, { populate: ['advisor'] });
    if (!consultation) throw new JobsNotFoundError();
    consultation.revokedAt ??= new Date();
    await em.flush();
    return consultation;
  }

  /** The person's consultations for the Sharing page, newest first, with each view the access log holds. */
  async rowsFor(ownerId: string): Promise<ConsultationRow[]> {
    const em = this.em.fork();
    const consultations = await em.find(Consultation, { owner: ownerId }, { populate: ['advisor'], orderBy: { createdAt: 'desc' } });
    if (!consultations.length) return [];
    const views = await em.find(AccessLog, { subjectUser: ownerId, basis: 'grant', referenceId: { $in: consultations.map((c) => c.id) } }, { orderBy: { at: 'desc' } });
    return consultations.map((c) => ({
      id: c.id,
      advisorName: c.advisor.displayName,
      items: c.items,
      since: c.createdAt,
      revokedAt: c.revokedAt ?? null,
      active: !c.revokedAt,
      views: views.filter((v) => v.referenceId === c.id).map((v) => ({ at: v.at, thing: v.resourceKind === 'profile' ? ('profile' as const) : ('document' as const), documentId: v.resourceId })),
    }));
  }

  /** The advisor's active consultations: only people who consulted them, only while not revoked. */
  async forAdvisor(advisorId: string): Promise<{ id: string; personName: string; note: string | null; items: GrantItem[]; since: Date }[]> {
    const rows = await this.em.fork().find(Consultation, { advisor: advisorId, revokedAt: null }, { populate: ['owner'], orderBy: { createdAt: 'desc' } });
    return rows.map((c) => ({ id: c.id, personName: c.owner.displayName, note: c.note ?? null, items: c.items, since: c.createdAt }));
  }

  /** One active consultation to this advisor, or "not found". */
  async activeForAdvisor(advisorId: string, consultationId: string): Promise<Consultation> {
    const consultation = await this.em.fork().findOne(Consultation, { id: requireUuid(consultationId), advisor: advisorId, revokedAt: null }, { populate: ['owner'] });
    if (!consultation) throw new JobsNotFoundError();
    return consultation;
  }

  /** For the grant source: the active consultation of `ownerId` with `advisorId` that lists this item. */
  async activeConsultationFor(em: EntityManager, ownerId: string, advisorId: string, item: { kind: 'document' | 'profile'; documentId: string }): Promise<{ id: string; advisorName: string } | undefined> {
    const rows = await em.getConnection().execute<{ id: string; advisor_name: string }[]>(
      `select c.id, c.advisor_name_at_consent as advisor_name from consultations c
        where c.owner_id = ? and c.advisor_id = ? and c.revoked_at is null and c.items @> ?::jsonb
        order by c.created_at desc limit 1`,
      [ownerId, advisorId, JSON.stringify([{ kind: item.kind, documentId: item.documentId }])],
    );
    const row = rows[0];
    return row ? { id: row.id, advisorName: row.advisor_name } : undefined;
  }

  /** Export: the consultations the person made, and (for an advisor) their own profile. */
  async exportFor(userId: string): Promise<{ consultations: ConsultationRow[]; advisorProfile: unknown }> {
    const profile = await this.profileOf(userId);
    return {
      consultations: await this.rowsFor(userId),
      advisorProfile: profile ? { specialty: profile.specialty, bio: profile.bio, verifiedAt: profile.verifiedAt?.toISOString() ?? null } : null,
    };
  }
}
