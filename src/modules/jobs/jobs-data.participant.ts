import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { User } from '../../platform/identity/user.entity.js';
import { Application, ApplicationNote, ApplicationStageChange, SavedJob } from './application.entity.js';
import { CompanyInvitation, CompanyMember } from './company.entity.js';
import { ShareGrant } from './share-grant.entity.js';
import { MessagesService } from './messages/messages.service.js';
import { SharingService } from './sharing.service.js';

/**
 * Jobs in export and erasure (R1, R2). Erasure revokes every grant by deleting it, and leaves each
 * company its application rows withdrawn, with no applicant, note or grant: the employer sees that
 * someone applied and withdrew, and nothing about who.
 */
@Injectable()
@UserDataParticipant()
export class JobsDataParticipant implements UserDataContributor {
  readonly dataArea = 'jobs';
  readonly exportFolder = { name: 'jobs', description: 'your applications with their status history and messages, what you shared with whom (and every time they opened it), and your saved jobs' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(
    private readonly em: EntityManager,
    private readonly sharing: SharingService,
    private readonly messages: MessagesService,
  ) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const em = this.em.fork();
    const applications = await em.find(Application, { applicant: userId }, { populate: ['posting', 'company'], orderBy: { createdAt: 'asc' } });
    const history = await em.find(ApplicationStageChange, { application: { $in: applications.map((a) => a.id) } }, { orderBy: { at: 'asc' } });
    const saved = await em.find(SavedJob, { user: userId }, { populate: ['posting'] });
    const membership = await em.findOne(CompanyMember, { user: userId }, { populate: ['company'] });
    return [
      {
        path: 'jobs/applications.json',
        content: JSON.stringify(
          applications.map((a) => ({
            id: a.id,
            job: a.posting.title,
            company: a.company.name,
            status: a.stage,
            yourNote: a.note,
            appliedAt: a.createdAt.toISOString(),
            statusHistory: history.filter((h) => h.application.id === a.id).map((h) => ({ status: h.stage, at: h.at.toISOString() })),
          })),
          null,
          2,
        ),
      },
      { path: 'jobs/messages.json', content: JSON.stringify(await this.messages.exportFor(userId), null, 2) },
      { path: 'jobs/sharing.json', content: JSON.stringify(await this.sharing.rowsFor(userId), null, 2) },
      { path: 'jobs/saved-jobs.json', content: JSON.stringify(saved.map((s) => ({ job: s.posting.title, postingId: s.posting.id, savedAt: s.createdAt.toISOString() })), null, 2) },
      { path: 'jobs/company-membership.json', content: JSON.stringify(membership ? { company: membership.company.name, role: membership.role, since: membership.createdAt.toISOString() } : null, null, 2) },
    ];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    const user = await em.findOne(User, { id: userId }, { fields: ['email'] });
    const applicationIds = (await em.find(Application, { applicant: userId }, { fields: ['id', 'stage'] })).map((a) => ({ id: a.id, stage: a.stage }));
    for (const { id, stage } of applicationIds) {
      if (stage !== 'withdrawn') await em.insert(ApplicationStageChange, { id: randomUUID(), application: id, stage: 'withdrawn', changedBy: null, at: new Date() });
    }
    const ids = applicationIds.map((a) => a.id);
    // The threads go whole: the company keeps no message text from (or to) the person.
    await this.messages.eraseFor(em, userId, ids);
    if (ids.length) {
      // The company's notes are about this person: they go too.
      await em.nativeDelete(ApplicationNote, { application: { $in: ids } });
      await em.nativeUpdate(Application, { id: { $in: ids } }, { applicant: null, grant: null, note: null, stage: 'withdrawn' });
    }
    await em.nativeUpdate(ApplicationStageChange, { changedBy: userId }, { changedBy: null });
    await em.nativeUpdate(ApplicationNote, { author: userId }, { author: null });
    await em.nativeDelete(ShareGrant, { owner: userId });
    await em.nativeDelete(SavedJob, { user: userId });
    await em.nativeDelete(CompanyMember, { user: userId });
    await em.nativeUpdate(CompanyInvitation, { invitedBy: userId }, { invitedBy: null });
    if (user) await em.nativeDelete(CompanyInvitation, { email: user.email.toLowerCase() });
  }
}
