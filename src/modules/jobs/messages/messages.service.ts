import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../../../platform/access/access.service.js';
import type { Actor } from '../../../platform/access/permissions.js';
import { User } from '../../../platform/identity/user.entity.js';
import { Mailer } from '../../../platform/mail/index.js';
import { Application } from '../application.entity.js';
import { CompanyMember } from '../company.entity.js';
import { requireUuid } from '../ids.js';
import { JobsNotFoundError } from '../jobs.errors.js';
import { ApplicationMessage, CompanyBlock, MessageReport, type MessageSide, type ReportReason } from './application-message.entity.js';
import { MessageRefusedError } from './messages.errors.js';

/** One thread as either side's page shows it: values, not entities. */
export interface ThreadView {
  applicationId: string;
  /** The side of the person looking. */
  viewerSide: MessageSide;
  companyName: string;
  postingTitle: string;
  stage: Application['stage'];
  blocked: boolean;
  /** False when the candidate withdrew or blocked: the form is replaced by a note. */
  open: boolean;
  messages: { id: string; side: MessageSide; mine: boolean; authorName: string | null; body: string; at: Date }[];
}

/** A message report as the staff list shows it: never the reported text. */
export interface ReportSummary {
  id: string;
  reason: ReportReason;
  reporterSide: MessageSide;
  companyName: string | null;
  /** False once the text was erased with an account: there is nothing left to open. */
  textKept: boolean;
  at: Date;
  reviewedAt: Date | null;
  openedAt: Date | null;
  openedByMe: boolean;
}

/**
 * Messages per application (#13). Every read and write asks the access service first: the candidate
 * as owner, a member of the company through `ApplicationThreadGrantSource`; everyone else gets "not
 * found". The other side is told by email that there is a message — never what it says.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessService,
    private readonly mailer: Mailer,
  ) {}

  /** The thread, as `side` sees it; the other side asking through this side's pages gets "not found". */
  async thread(actor: Actor, applicationId: string, side: MessageSide): Promise<ThreadView> {
    const em = this.em.fork();
    const { ownerId } = await this.access.require(actor, 'application:message-read', requireUuid(applicationId), em);
    requireSide(actor, ownerId, side);
    const application = await em.findOneOrFail(Application, { id: applicationId }, { populate: ['posting', 'company'] });
    const messages = await em.find(ApplicationMessage, { application: applicationId }, { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } });
    const blocked = (await em.count(CompanyBlock, { user: ownerId, company: application.company.id })) > 0;
    await em.flush();
    const viewerSide = side;
    return {
      applicationId,
      viewerSide,
      companyName: application.company.name,
      postingTitle: application.posting.title,
      stage: application.stage,
      blocked,
      open: !blocked && application.stage !== 'withdrawn',
      messages: messages.map((m) => ({
        id: m.id,
        side: m.side,
        mine: m.author?.id === actor.id,
        // The company sees who wrote for it; the candidate sees the company's name, not staff names.
        authorName: m.side === 'company' && viewerSide === 'candidate' ? null : (m.author?.displayName ?? null),
        body: m.body,
        at: m.createdAt,
      })),
    };
  }

  /** Sends a message and queues the other side's notification in the same transaction. */
  async send(actor: Actor, applicationId: string, side: MessageSide, body: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const { ownerId } = await this.access.require(actor, 'application:message-write', requireUuid(applicationId), tx);
      requireSide(actor, ownerId, side);
      const application = await tx.findOneOrFail(Application, { id: applicationId }, { populate: ['posting', 'company'] });
      if (application.stage === 'withdrawn') throw new MessageRefusedError('closed');
      if (await tx.count(CompanyBlock, { user: ownerId, company: application.company.id })) throw new MessageRefusedError('blocked');
      tx.create(ApplicationMessage, { application, side, author: tx.getReference(User, actor.id), body });
      await tx.flush();
      const data = { companyName: application.company.name, postingTitle: application.posting.title };
      if (side === 'candidate') {
        const members = await tx.find(CompanyMember, { company: application.company.id }, { populate: ['user'] });
        for (const member of members) {
          await this.mailer.send(
            { to: member.user.email, userId: member.user.id, locale: member.user.locale, template: 'application-message', kind: 'transactional', data: { ...data, toCompany: true, path: `/employer/applications/${application.id}` } },
            tx,
          );
        }
      } else {
        const candidate = await tx.findOneOrFail(User, { id: ownerId });
        await this.mailer.send(
          { to: candidate.email, userId: candidate.id, locale: candidate.locale, template: 'application-message', kind: 'transactional', data: { ...data, toCompany: false, path: `/jobs/applications/${application.id}` } },
          tx,
        );
      }
    });
  }

  /** The candidate stops (or allows again) messages with the application's company; the application stays. */
  async setBlocked(actor: Actor, applicationId: string, blocked: boolean): Promise<string> {
    const em = this.em.fork();
    const { ownerId } = await this.access.require(actor, 'application:message-write', requireUuid(applicationId), em);
    // Blocking is the candidate's alone: a member of the company gets the same "not found".
    requireSide(actor, ownerId, 'candidate');
    const application = await em.findOneOrFail(Application, { id: applicationId }, { populate: ['company'] });
    if (blocked) {
      await em.getConnection().execute('insert into job_company_blocks (id, user_id, company_id, created_at) values (gen_random_uuid(), ?, ?, now()) on conflict do nothing', [ownerId, application.company.id]);
    } else {
      await em.nativeDelete(CompanyBlock, { user: ownerId, company: application.company.id });
    }
    return application.company.name;
  }

  /** Reports a message the other side wrote; staff see the reason and the text the reporter forwarded. */
  async report(actor: Actor, applicationId: string, side: MessageSide, messageId: string, reason: ReportReason): Promise<void> {
    const em = this.em.fork();
    const { ownerId } = await this.access.require(actor, 'application:message-read', requireUuid(applicationId), em);
    requireSide(actor, ownerId, side);
    const message = await em.findOne(ApplicationMessage, { id: requireUuid(messageId), application: applicationId }, { populate: ['application'] });
    if (!message || message.side === side) throw new JobsNotFoundError();
    em.create(MessageReport, {
      message,
      reporter: em.getReference(User, actor.id),
      reporterSide: side,
      company: message.application.company,
      reason,
      reportedText: message.body,
      reviewedAt: null,
      reviewedBy: null,
    });
    await em.flush();
  }

  /**
   * For staff: open reports first, then the latest reviewed ones — what was reported, by which side,
   * when, never the text: that is read inside the report's case (`openReport`, then `reportText`).
   */
  async reports(viewerId: string, limit = 200): Promise<ReportSummary[]> {
    const rows = await this.em.fork().find(MessageReport, {}, { populate: ['company'], orderBy: { reviewedAt: 'asc nulls first', createdAt: 'desc' }, limit });
    return rows.map((r) => reportSummary(r, viewerId));
  }

  /**
   * Opens a report's case for `staffId` with the reason they give (H1). Another administrator who
   * opened it before hands it over: from then on only this one reads the text.
   */
  async openReport(staffId: string, reportId: string, reason: string): Promise<void> {
    const em = this.em.fork();
    const report = await em.findOne(MessageReport, { id: requireUuid(reportId), reviewedAt: null, reportedText: { $ne: null } });
    if (!report) throw new JobsNotFoundError();
    report.openedBy = em.getReference(User, staffId);
    report.openedReason = reason;
    report.openedAt = new Date();
    await em.flush();
  }

  /** The reported text, inside the report's case: the access service checks the case and logs the look for the author. */
  async reportText(actor: Actor, reportId: string): Promise<ReportSummary & { text: string; openedReason: string }> {
    const em = this.em.fork();
    await this.access.require(actor, 'message_report:read', requireUuid(reportId), em);
    const r = await em.findOneOrFail(MessageReport, { id: reportId }, { populate: ['company'] });
    return { ...reportSummary(r, actor.id), text: r.reportedText!, openedReason: r.openedReason! };
  }

  /** Closes the report's case: nobody reads its text through it any more. */
  async markReviewed(staffId: string, reportId: string): Promise<void> {
    const em = this.em.fork();
    const report = await em.findOne(MessageReport, { id: requireUuid(reportId) });
    if (!report) throw new JobsNotFoundError();
    report.reviewedAt ??= new Date();
    report.reviewedBy ??= em.getReference(User, staffId);
    await em.flush();
  }

  /** The candidate's threads, blocks and reports, for their export. */
  async exportFor(userId: string): Promise<unknown> {
    const em = this.em.fork();
    const messages = await em.find(ApplicationMessage, { application: { applicant: userId } }, { populate: ['application', 'application.posting', 'application.company'], orderBy: { createdAt: 'asc' } });
    const sent = await em.find(ApplicationMessage, { author: userId, application: { applicant: { $ne: userId } } }, { orderBy: { createdAt: 'asc' } });
    const blocks = await em.find(CompanyBlock, { user: userId }, { populate: ['company'] });
    const reports = await em.find(MessageReport, { reporter: userId }, { orderBy: { createdAt: 'asc' } });
    return {
      threads: messages.map((m) => ({ applicationId: m.application.id, job: m.application.posting.title, company: m.application.company.name, from: m.side === 'candidate' ? 'you' : m.application.company.name, text: m.body, at: m.createdAt.toISOString() })),
      writtenForYourCompany: sent.map((m) => ({ applicationId: m.application.id, text: m.body, at: m.createdAt.toISOString() })),
      blockedCompanies: blocks.map((b) => ({ company: b.company.name, since: b.createdAt.toISOString() })),
      reportsYouMade: reports.map((r) => ({ reason: r.reason, text: r.reportedText ?? null, at: r.createdAt.toISOString() })),
    };
  }

  /**
   * Erasure: the threads of the person's applications go entirely (both sides' messages, and the
   * text of any report about them); where they wrote for a company, their name leaves the message.
   */
  async eraseFor(em: EntityManager, userId: string, applicationIds: readonly string[]): Promise<void> {
    if (applicationIds.length) {
      const messageIds = (await em.find(ApplicationMessage, { application: { $in: [...applicationIds] } }, { fields: ['id'] })).map((m) => m.id);
      if (messageIds.length) await em.nativeUpdate(MessageReport, { message: { $in: messageIds } }, { reportedText: null, message: null });
      await em.nativeDelete(ApplicationMessage, { application: { $in: [...applicationIds] } });
    }
    await em.nativeUpdate(ApplicationMessage, { author: userId }, { author: null });
    await em.nativeUpdate(MessageReport, { reporter: userId }, { reporter: null });
    await em.nativeUpdate(MessageReport, { reviewedBy: userId }, { reviewedBy: null });
    await em.nativeDelete(CompanyBlock, { user: userId });
  }
}

/** The candidate's pages are the owner's; the company's pages are for anyone else the access service allowed. */
function requireSide(actor: Actor, ownerId: string, side: MessageSide): void {
  if ((actor.id === ownerId) !== (side === 'candidate')) throw new JobsNotFoundError();
}

function reportSummary(r: MessageReport, viewerId: string): ReportSummary {
  return {
    id: r.id,
    reason: r.reason,
    reporterSide: r.reporterSide,
    companyName: r.company?.name ?? null,
    textKept: r.reportedText != null,
    at: r.createdAt,
    reviewedAt: r.reviewedAt ?? null,
    openedAt: r.openedAt ?? null,
    openedByMe: r.openedBy?.id === viewerId && r.reviewedAt == null,
  };
}
