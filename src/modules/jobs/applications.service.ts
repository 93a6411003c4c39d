import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User } from '../../platform/identity/user.entity.js';
import { QuotaService } from '../billing/index.js';
import { Application, ApplicationNote, ApplicationStageChange, type ApplicationStage } from './application.entity.js';
import { CompaniesService } from './companies.service.js';
import { requireUuid } from './ids.js';
import { JobPosting } from './job-posting.entity.js';
import { ApplicationRefusedError, JobsNotFoundError } from './jobs.errors.js';
import { ShareGrant } from './share-grant.entity.js';
import { SharingService, type ShareChoice } from './sharing.service.js';

/** Stages after which nothing moves any more (from the candidate's side). */
const CLOSED_STAGES: readonly ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];

/**
 * Applications: applying creates the application and its share grant together (S1); withdrawing
 * revokes the grant; the company moves it through its pipeline and keeps private notes.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly sharing: SharingService,
    private readonly companies: CompaniesService,
    private readonly quota: QuotaService,
  ) {}

  async apply(applicantId: string, postingId: string, choice: ShareChoice, note: string | null): Promise<Application> {
    if (!choice.resumeId) throw new ApplicationRefusedError('noResume');
    const items = await this.sharing.itemsOf(applicantId, choice);
    return this.em.fork().transactional(async (tx) => {
      // One application at a time per person and posting, even when the form is sent twice at once.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`job-apply:${applicantId}:${postingId}`]);
      const posting = await tx.findOne(JobPosting, { id: requireUuid(postingId) });
      if (!posting) throw new JobsNotFoundError();
      if (posting.status !== 'published') throw new ApplicationRefusedError('notOpen');
      if (await tx.count(Application, { posting: posting.id, applicant: applicantId, stage: { $ne: 'withdrawn' } })) throw new ApplicationRefusedError('alreadyApplied');
      // The plan's unit is used exactly when the application commits, and rolls back with it.
      await this.quota.consume(applicantId, 'applications', 1, tx);
      const applicant = tx.getReference(User, applicantId);
      const grant = tx.create(ShareGrant, { owner: applicant, company: posting.company, purpose: 'application', items, expiresAt: null, revokedAt: null });
      const application = tx.create(Application, { posting, company: posting.company, applicant, grant, stage: 'new', note: note?.trim() || null });
      tx.create(ApplicationStageChange, { application, stage: 'new', changedBy: applicant });
      return application;
    });
  }

  /** The candidate withdraws: the stage says so and the grant is revoked at once. */
  async withdraw(applicantId: string, applicationId: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const application = await tx.findOne(Application, { id: requireUuid(applicationId), applicant: applicantId });
      if (!application) throw new JobsNotFoundError();
      if (application.grant) await this.sharing.revoke(applicantId, application.grant.id, tx);
      if (application.stage === 'withdrawn') return;
      application.stage = 'withdrawn';
      tx.create(ApplicationStageChange, { application, stage: 'withdrawn', changedBy: tx.getReference(User, applicantId) });
    });
  }

  /** The candidate's own applications: posting, company and status (never the company's notes). */
  mine(applicantId: string): Promise<Application[]> {
    return this.em.fork().find(Application, { applicant: applicantId }, { populate: ['posting', 'company'], orderBy: { createdAt: 'desc' } });
  }

  /** The latest active application of this person to this posting, if any. */
  current(applicantId: string, postingId: string): Promise<Application | null> {
    return this.em.fork().findOne(Application, { applicant: applicantId, posting: postingId, stage: { $ne: 'withdrawn' } });
  }

  /** A posting's pipeline, for a member of its company. */
  async forPosting(memberId: string, postingId: string): Promise<Application[]> {
    const member = await this.companies.requireMembership(memberId);
    return this.em.fork().find(Application, { posting: requireUuid(postingId), company: member.company.id }, { populate: ['applicant', 'grant'], orderBy: { createdAt: 'desc' } });
  }

  /** One application, for a member of the company it was sent to; anyone else gets "not found". */
  async forCompany(memberId: string, applicationId: string, em: EntityManager = this.em.fork()): Promise<Application> {
    const member = await this.companies.requireMembership(memberId, em);
    const application = await em.findOne(Application, { id: requireUuid(applicationId), company: member.company.id }, { populate: ['posting', 'applicant', 'grant'] });
    if (!application) throw new JobsNotFoundError();
    return application;
  }

  history(applicationId: string): Promise<ApplicationStageChange[]> {
    return this.em.fork().find(ApplicationStageChange, { application: applicationId }, { populate: ['changedBy'], orderBy: { at: 'asc' } });
  }

  notes(applicationId: string): Promise<ApplicationNote[]> {
    return this.em.fork().find(ApplicationNote, { application: applicationId }, { populate: ['author'], orderBy: { createdAt: 'asc' } });
  }

  async moveStage(memberId: string, applicationId: string, stage: ApplicationStage): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const application = await this.forCompany(memberId, applicationId, tx);
      // A withdrawn application is the candidate's decision; the company cannot move it back.
      if (application.stage === 'withdrawn' || application.stage === stage) return;
      application.stage = stage;
      tx.create(ApplicationStageChange, { application, stage, changedBy: tx.getReference(User, memberId) });
    });
  }

  async addNote(memberId: string, applicationId: string, body: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const application = await this.forCompany(memberId, applicationId, tx);
      tx.create(ApplicationNote, { application, author: tx.getReference(User, memberId), body });
    });
  }

  isClosed(stage: ApplicationStage): boolean {
    return CLOSED_STAGES.includes(stage);
  }
}
