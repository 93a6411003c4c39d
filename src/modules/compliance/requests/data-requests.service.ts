import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Writable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { AccessService } from '../../../platform/access/access.service.js';
import type { Actor } from '../../../platform/access/permissions.js';
import { formattersFor } from '../../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES, type Locale } from '../../../platform/i18n/locale.js';
import { User } from '../../../platform/identity/user.entity.js';
import { Mailer } from '../../../platform/mail/index.js';
import { PublicOrigin } from '../../../platform/web/public-origin.service.js';
import { DataRightsService } from '../data-rights.service.js';
import { ProcessingRestrictions, type RestrictionBasis } from '../restrictions/processing-restrictions.js';
import { DataRequest, OPEN_STATUSES, type DataRequestEvent, type DataRequestStatus, type DataRequestType, type ProcessingPurpose } from './data-request.entity.js';
import { DataRequestNotFoundError, DataRequestStateError, VerificationRateLimitedError } from './data-requests.errors.js';
import { DataRequestsRepository, type QueueFilter } from './data-requests.repository.js';

/** A six-digit code proves control of the address for this long (public form). */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong guesses allowed per code: a million codes, five tries. */
export const MAX_CODE_ATTEMPTS = 5;
/** Codes one address may be sent in an hour, across requests. */
export const CODES_PER_ADDRESS_PER_HOUR = 3;

export interface FileRequestInput {
  type: DataRequestType;
  details: string | undefined;
  /** What an objection is about (ignored for other types). */
  purposes: ProcessingPurpose[];
}

export interface PublicRequestInput extends FileRequestInput {
  email: string;
  name: string | undefined;
}

export type VerifyOutcome = 'verified' | 'wrong' | 'expired' | 'locked';

/** The statuses support may set by hand; the others come from filing, completing, denying or cancelling. */
export const WORKING_STATUSES = ['in_progress', 'waiting_for_requester'] as const;
export type WorkingStatus = (typeof WORKING_STATUSES)[number];

type Staff = Actor;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `DR-1A2B3C4D`: how a request is named in mail and on pages (its id is not for people to read). */
export function requestReference(id: string): string {
  return `DR-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/**
 * Data-subject requests (promise R3) and the staff cases they open (H1). People file from Settings,
 * or from the public form once a code proves their address; support works them from a queue. Every
 * step appends to the request's history, and completing does the work through the data-rights
 * spine: access → the export, deletion → erasure, restriction and objection → processing stops.
 */
@Injectable()
export class DataRequestsService {
  constructor(
    private readonly em: EntityManager,
    private readonly requests: DataRequestsRepository,
    private readonly mailer: Mailer,
    private readonly dataRights: DataRightsService,
    private readonly restrictions: ProcessingRestrictions,
    private readonly access: AccessService,
    private readonly origin: PublicOrigin,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  dueFrom(type: DataRequestType, from = new Date()): Date {
    return new Date(from.getTime() + this.config.dataRequests.dueDays[type] * 86_400_000);
  }

  // ── The requester ──────────────────────────────────────────────────────────────────────────────

  /** A signed-in person's request: their session already proves who they are, so the clock starts now. */
  async fileForUser(user: { id: string; locale: Locale | null }, input: FileRequestInput, pageLocale: Locale): Promise<DataRequest> {
    return this.em.fork().transactional(async (tx) => {
      const request = tx.create(DataRequest, {
        type: input.type,
        status: 'pending',
        requesterUser: tx.getReference(User, user.id),
        locale: user.locale ?? pageLocale,
        details: input.details ?? null,
        objectionPurposes: input.type === 'objection' ? input.purposes : [],
        dueAt: this.dueFrom(input.type),
      });
      this.requests.addEvent(tx, request, { kind: 'filed', actorId: user.id, actorRole: 'requester', status: 'pending' });
      await tx.flush();
      await this.notify(tx, request, 'received');
      return request;
    });
  }

  /**
   * The public form: nothing starts until the six-digit code sent to `email` comes back. The code is
   * kept only as an HMAC, lives 10 minutes and allows five guesses; an address gets at most three
   * codes an hour. The mail carries the code and nothing else.
   */
  async filePublic(input: PublicRequestInput, locale: Locale): Promise<DataRequest> {
    const email = input.email.trim();
    if ((await this.requests.codesSentTo(email, new Date(Date.now() - 3_600_000))) >= CODES_PER_ADDRESS_PER_HOUR) throw new VerificationRateLimitedError();
    return this.em.fork().transactional(async (tx) => {
      const request = tx.create(DataRequest, {
        type: input.type,
        status: 'identity_unverified',
        requesterUser: null,
        requesterEmail: email,
        requesterName: input.name ?? null,
        locale,
        details: input.details ?? null,
        objectionPurposes: input.type === 'objection' ? input.purposes : [],
        dueAt: this.dueFrom(input.type),
      });
      this.requests.addEvent(tx, request, { kind: 'filed', actorId: null, actorRole: 'requester', status: 'identity_unverified' });
      await this.sendCode(tx, request);
      return request;
    });
  }

  /** A fresh code for a request still waiting for one (the old one stops working). */
  async resendCode(id: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const request = await this.requests.findById(id, tx);
      if (!request || request.status !== 'identity_unverified' || !request.requesterEmail) throw new DataRequestNotFoundError();
      if (request.codesSent >= CODES_PER_ADDRESS_PER_HOUR || (await this.requests.codesSentTo(request.requesterEmail, new Date(Date.now() - 3_600_000))) >= CODES_PER_ADDRESS_PER_HOUR) {
        throw new VerificationRateLimitedError();
      }
      await this.sendCode(tx, request);
    });
  }

  /** Checks a code. Wrong guesses are counted in one atomic update, so parallel guesses cannot exceed the limit. */
  async verify(id: string, code: string): Promise<VerifyOutcome> {
    const em = this.em.fork();
    const request = await this.requests.findById(id, em);
    if (!request || !request.requesterEmail) throw new DataRequestNotFoundError();
    if (request.status !== 'identity_unverified') return 'verified';
    if (!request.codeHash || request.codeAttempts >= MAX_CODE_ATTEMPTS) return 'locked';
    if (!request.codeExpiresAt || request.codeExpiresAt.getTime() < Date.now()) return 'expired';
    const [counted] = await em.execute<{ code_attempts: number }[]>(
      'update data_requests set code_attempts = code_attempts + 1 where id = ? and code_attempts < ? returning code_attempts',
      [id, MAX_CODE_ATTEMPTS],
    );
    if (!counted) return 'locked';
    const given = Buffer.from(this.codeHash(id, code.replace(/\s/g, '')), 'hex');
    if (!timingSafeEqual(given, Buffer.from(request.codeHash, 'hex'))) return counted.code_attempts >= MAX_CODE_ATTEMPTS ? 'locked' : 'wrong';
    await em.transactional(async (tx) => {
      const fresh = await tx.findOneOrFail(DataRequest, { id });
      Object.assign(fresh, { status: 'pending', codeHash: null, codeExpiresAt: null, dueAt: this.dueFrom(fresh.type) });
      this.requests.addEvent(tx, fresh, { kind: 'identity_verified', actorId: null, actorRole: 'requester', status: 'pending' });
      await tx.flush();
      await this.notify(tx, fresh, 'received');
    });
    return 'verified';
  }

  /** What the public form's pages may show about a request: its status only. */
  async publicStatus(id: string): Promise<DataRequestStatus> {
    const request = await this.requests.findById(id, this.em.fork());
    if (!request || !request.requesterEmail) throw new DataRequestNotFoundError();
    return request.status;
  }

  listForRequester(userId: string): Promise<DataRequest[]> {
    return this.requests.listForRequester(userId);
  }

  /** The requester's own view: the request and every history line not marked internal. */
  async requesterView(userId: string, id: string): Promise<{ request: DataRequest; events: DataRequestEvent[] }> {
    const request = await this.ownRequest(userId, id);
    return { request, events: await this.requests.events(id, { includeInternal: false }) };
  }

  async cancel(userId: string, id: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const request = await this.ownRequest(userId, id, tx);
      if (!OPEN_STATUSES.includes(request.status)) throw new DataRequestStateError();
      Object.assign(request, { status: 'cancelled', closedAt: new Date() });
      this.requests.addEvent(tx, request, { kind: 'cancelled', actorId: userId, actorRole: 'requester', status: 'cancelled' });
      await tx.flush();
    });
  }

  /** The copy a completed access request delivers, streamed to its requester (and the download noted in the history). */
  async writeAccessExport(userId: string, id: string, out: Writable, beforeFirstByte?: () => void): Promise<void> {
    const request = await this.ownRequest(userId, id);
    if (request.type !== 'access' || request.status !== 'completed') throw new DataRequestNotFoundError();
    await this.em.fork().transactional(async (tx) => {
      this.requests.addEvent(tx, tx.getReference(DataRequest, id), { kind: 'export_downloaded', actorId: userId, actorRole: 'requester' });
      await tx.flush();
    });
    await this.dataRights.writeExport(userId, out, beforeFirstByte);
  }

  /** The person starts a paused use again: a restriction or objection lasts until they (or support) lift it. */
  async liftRestrictions(userId: string, basis: RestrictionBasis): Promise<number> {
    return this.em.fork().transactional(async (tx) => {
      const lifted = await this.restrictions.lift(tx, userId, basis);
      const [latest] = (await this.requests.listForRequester(userId)).filter((r) => r.type === basis && r.status === 'completed');
      if (lifted > 0 && latest) {
        this.requests.addEvent(tx, tx.getReference(DataRequest, latest.id), { kind: 'restriction_lifted', actorId: userId, actorRole: 'requester' });
        await tx.flush();
      }
      return lifted;
    });
  }

  activeRestrictions(userId: string) {
    return this.restrictions.activeFor(userId);
  }

  // ── Support ────────────────────────────────────────────────────────────────────────────────────

  queue(filter: QueueFilter): Promise<DataRequest[]> {
    return this.requests.queue(filter);
  }

  /**
   * What a staff member sees of a request. Until they open it as a case — with a reason, while it is
   * open — personal data stays masked; once opened, every view goes through the access check, which
   * logs it where the requester can see it (H1).
   */
  async staffView(staff: Staff, id: string): Promise<{ request: DataRequest; events: DataRequestEvent[]; opened: boolean; openingReason: string | undefined }> {
    const request = await this.requests.findById(id);
    if (!request || request.status === 'identity_unverified') throw new DataRequestNotFoundError();
    const opening = await this.requests.openingBy(id, staff.id);
    const opened = Boolean(opening) && OPEN_STATUSES.includes(request.status);
    if (opened && request.requesterUser) await this.access.require(staff, 'data_request:read', id);
    const events = await this.requests.events(id, { includeInternal: true });
    return { request, events, opened, openingReason: opening?.text ?? undefined };
  }

  /** Opens the request as a case: the reason is recorded, shown to the requester and cited in every access it allows. */
  async open(staff: Staff, id: string, reason: string): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const request = await this.requests.findById(id, tx);
      if (!request || !OPEN_STATUSES.includes(request.status)) throw new DataRequestNotFoundError();
      this.requests.addEvent(tx, request, { kind: 'opened', actorId: staff.id, actorRole: staff.role, text: reason.slice(0, 280) });
      if (request.status === 'pending') {
        request.status = 'in_progress';
        this.requests.addEvent(tx, request, { kind: 'status_changed', actorId: staff.id, actorRole: staff.role, status: 'in_progress' });
      }
      request.assignee ??= tx.getReference(User, staff.id);
      await tx.flush();
    });
  }

  async assignToMe(staff: Staff, id: string): Promise<void> {
    await this.inCase(staff, id, (tx, request) => {
      request.assignee = tx.getReference(User, staff.id);
      this.requests.addEvent(tx, request, { kind: 'assigned', actorId: staff.id, actorRole: staff.role, internal: true });
    });
  }

  async addNote(staff: Staff, id: string, note: string): Promise<void> {
    await this.inCase(staff, id, (tx, request) => {
      this.requests.addEvent(tx, request, { kind: 'note', actorId: staff.id, actorRole: staff.role, text: note, internal: true });
    });
  }

  async setStatus(staff: Staff, id: string, status: WorkingStatus): Promise<void> {
    await this.inCase(staff, id, (tx, request) => {
      if (request.status === status) return;
      request.status = status;
      this.requests.addEvent(tx, request, { kind: 'status_changed', actorId: staff.id, actorRole: staff.role, status });
    });
  }

  /** A message to the requester (from a reply template or written by hand), by email and in their history. */
  async reply(staff: Staff, id: string, message: string, waitForRequester: boolean): Promise<void> {
    await this.inCase(staff, id, async (tx, request) => {
      this.requests.addEvent(tx, request, { kind: 'reply_sent', actorId: staff.id, actorRole: staff.role, text: message });
      if (waitForRequester && request.status !== 'waiting_for_requester') {
        request.status = 'waiting_for_requester';
        this.requests.addEvent(tx, request, { kind: 'status_changed', actorId: staff.id, actorRole: staff.role, status: 'waiting_for_requester' });
      }
      await tx.flush();
      await this.notify(tx, request, 'reply', message);
    });
  }

  /** Refuses the request: the reason is required, and the email tells the requester how to object. */
  async deny(staff: Staff, id: string, reason: string): Promise<void> {
    await this.inCase(staff, id, async (tx, request) => {
      Object.assign(request, { status: 'denied', outcome: reason, closedAt: new Date() });
      this.requests.addEvent(tx, request, { kind: 'denied', actorId: staff.id, actorRole: staff.role, status: 'denied', text: reason });
      await tx.flush();
      await this.notify(tx, request, 'denied', reason);
    });
  }

  /**
   * Completes the request by doing what it asks. For an account: access → the export is ready in
   * Settings (the email only links to it); deletion → the account is erased (the erasure confirmation
   * is the answer); restriction → analyses, matching, alerts and marketing stop; objection → the uses
   * objected to stop. Without an account (public form), support's written answer is the result.
   */
  async complete(staff: Staff, id: string, outcome: string): Promise<void> {
    const { request } = await this.requireCase(staff, id, this.em.fork());
    const userId = request.requesterUser?.id;
    if (request.type === 'deletion' && userId) {
      await this.dataRights.eraseAccount(userId, { confirmationLocale: request.locale });
      // The erasure kept this request without the person (see the participant): close it.
      await this.em.fork().transactional(async (tx) => {
        const closed = await tx.findOneOrFail(DataRequest, { id });
        Object.assign(closed, { status: 'completed', outcome, closedAt: new Date() });
        this.requests.addEvent(tx, closed, { kind: 'completed', actorId: staff.id, actorRole: staff.role, status: 'completed', text: outcome });
        await tx.flush();
      });
      return;
    }
    await this.inCase(staff, id, async (tx, current) => {
      if (userId && current.type === 'restriction') await this.restrictions.apply(tx, userId, 'restriction', [], id);
      if (userId && current.type === 'objection') await this.restrictions.apply(tx, userId, 'objection', current.objectionPurposes as ProcessingPurpose[], id);
      Object.assign(current, { status: 'completed', outcome, closedAt: new Date() });
      this.requests.addEvent(tx, current, { kind: 'completed', actorId: staff.id, actorRole: staff.role, status: 'completed', text: outcome });
      await tx.flush();
      await this.notify(tx, current, 'completed', outcome);
    });
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────────────────

  /** The requester's own request; anyone else's id, a missing or a malformed one are all "not found". */
  private async ownRequest(userId: string, id: string, em: EntityManager = this.em): Promise<DataRequest> {
    const request = UUID.test(id) ? await this.requests.findById(id, em) : null;
    if (!request || request.requesterUser?.id !== userId) throw new DataRequestNotFoundError();
    return request;
  }

  /** The request, if `staff` opened it as a case and it is still open; otherwise "not found" (H1). */
  private async requireCase(staff: Staff, id: string, em: EntityManager): Promise<{ request: DataRequest }> {
    const request = await this.requests.findById(id, em);
    if (!request || !OPEN_STATUSES.includes(request.status) || !(await this.requests.openingBy(id, staff.id, em))) throw new DataRequestNotFoundError();
    return { request };
  }

  private async inCase(staff: Staff, id: string, work: (tx: EntityManager, request: DataRequest) => void | Promise<void>): Promise<void> {
    await this.em.fork().transactional(async (tx) => {
      const { request } = await this.requireCase(staff, id, tx);
      await work(tx, request);
      await tx.flush();
    });
  }

  private async sendCode(tx: EntityManager, request: DataRequest): Promise<void> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    Object.assign(request, { codeHash: this.codeHash(request.id, code), codeExpiresAt: new Date(Date.now() + CODE_TTL_MS), codeAttempts: 0, codesSent: request.codesSent + 1 });
    this.requests.addEvent(tx, request, { kind: 'code_sent', actorId: null, actorRole: 'system' });
    await tx.flush();
    // The code only: nothing about the request or anyone's data goes to an address not yet proven.
    await this.mailer.send({ to: request.requesterEmail!, locale: request.locale, template: 'data-request-code', kind: 'transactional', data: { code, minutes: CODE_TTL_MS / 60_000 } }, tx);
  }

  private codeHash(id: string, code: string): string {
    return createHmac('sha256', this.config.secrets.masterKey).update(`data-request-code:${id}:${code}`).digest('hex');
  }

  /** Emails the requester about their request, in their language, inside the transaction that made the change. */
  private async notify(tx: EntityManager, request: DataRequest, kind: 'received' | 'reply' | 'completed' | 'denied', message?: string): Promise<void> {
    const user = request.requesterUser ? await tx.findOne(User, { id: request.requesterUser.id }) : null;
    const to = user?.email ?? request.requesterEmail;
    if (!to) return;
    const locale = user?.locale ?? request.locale;
    const fmt = formattersFor(locale, DEFAULT_TIME_ZONES[locale]);
    const link = user ? `${this.origin.value}/settings/requests/${request.id}` : undefined;
    await this.mailer.send(
        {
          to,
          userId: user?.id,
          locale,
          template: 'data-request-update',
          kind: 'transactional',
          data: {
            kind,
            type: request.type,
            reference: requestReference(request.id),
            dueDate: fmt.date(request.dueAt),
            message,
            link,
            // An export is never attached: an account holder downloads it in Settings.
            exportReady: kind === 'completed' && request.type === 'access' && Boolean(user),
          },
        },
        tx,
      );
  }
}
