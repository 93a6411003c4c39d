import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { User } from '../../../platform/identity/user.entity.js';
import { Mailer, type MailLocale } from '../../../platform/mail/index.js';
import { PublicOrigin } from '../../../platform/web/public-origin.service.js';
import { SignedLinks } from '../../../platform/web/signed-link.js';
import { ProcessingRestrictions } from '../../compliance/index.js';
import { requireUuid } from '../ids.js';
import { JobSearchService, type JobSearchQuery } from '../job-search.service.js';
import { pageLink } from '../dto/jobs.forms.js';
import { JobsNotFoundError } from '../jobs.errors.js';
import { SavedSearch, type SavedQuery } from './saved-search.entity.js';
import { TooManySavedSearchesError } from './alerts.errors.js';

/** Enough for anyone's real searches; bounds what one account makes the alert job do. */
export const MAX_SAVED_SEARCHES = 20;

/** Where an alert's stop link points; it answers a mail client's one-click POST (RFC 8058), so it takes no CSRF token. */
export const JOB_ALERT_STOP_PATH = '/jobs/alerts/stop';

export interface AlertRound {
  /** Saved searches whose owner got a message. */
  mailed: number;
  /** Postings named in those messages. */
  postings: number;
  /** Saved searches skipped because their owner stopped alerts (R3). */
  restricted: number;
}

/**
 * Saved searches and their alerts. Each alert run mails the postings published after the search's
 * high-water mark and moves the mark, in one transaction with the saved search's row locked: two
 * overlapping runs cannot mail one posting twice.
 */
@Injectable()
export class SavedSearchesService {
  private readonly stopLinks: SignedLinks;

  constructor(
    private readonly em: EntityManager,
    private readonly search: JobSearchService,
    private readonly mailer: Mailer,
    private readonly restrictions: ProcessingRestrictions,
    private readonly origin: PublicOrigin,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.stopLinks = new SignedLinks(config.secrets.sessionSecret, 'job-alert-stop');
  }

  /** The signed link in every alert: it pauses that saved search, without sign-in (the only thing it can do). */
  stopUrl(savedSearchId: string): string {
    return this.stopLinks.url(this.origin.value, JOB_ALERT_STOP_PATH, 's', savedSearchId);
  }

  /** Whether a stop link's parameters are genuine and its saved search still exists. */
  async stopLinkValid(id: unknown, token: unknown): Promise<boolean> {
    const savedSearchId = this.stopLinks.verify(id, token);
    return savedSearchId !== null && (await this.em.fork().count(SavedSearch, { id: savedSearchId })) > 0;
  }

  /** Pauses the saved search a genuine stop link names; false when the link is forged or the search is gone. */
  async stopByLink(id: unknown, token: unknown): Promise<boolean> {
    const savedSearchId = this.stopLinks.verify(id, token);
    if (!savedSearchId) return false;
    return (await this.em.fork().nativeUpdate(SavedSearch, { id: savedSearchId }, { paused: true })) > 0;
  }

  /** Saves the search (its page dropped). Alerts start with postings published from now on. */
  async save(ownerId: string, query: JobSearchQuery): Promise<SavedSearch> {
    const em = this.em.fork();
    if ((await em.count(SavedSearch, { owner: ownerId })) >= MAX_SAVED_SEARCHES) throw new TooManySavedSearchesError(MAX_SAVED_SEARCHES);
    const { page: _page, ...saved } = query;
    const row = em.create(SavedSearch, { owner: em.getReference(User, ownerId), query: saved, paused: false, highWaterMark: new Date(), lastAlertAt: null });
    await em.flush();
    return row;
  }

  list(ownerId: string): Promise<SavedSearch[]> {
    return this.em.fork().find(SavedSearch, { owner: ownerId }, { orderBy: { createdAt: 'desc' } });
  }

  async setPaused(ownerId: string, id: string, paused: boolean): Promise<void> {
    const updated = await this.em.fork().nativeUpdate(SavedSearch, { id: requireUuid(id), owner: ownerId }, { paused });
    if (!updated) throw new JobsNotFoundError();
  }

  async remove(ownerId: string, id: string): Promise<void> {
    const deleted = await this.em.fork().nativeDelete(SavedSearch, { id: requireUuid(id), owner: ownerId });
    if (!deleted) throw new JobsNotFoundError();
  }

  /** One alert round over every active saved search. */
  async sendAlerts(): Promise<AlertRound> {
    const round: AlertRound = { mailed: 0, postings: 0, restricted: 0 };
    const ids = (await this.em.fork().find(SavedSearch, { paused: false }, { fields: ['id'], orderBy: { createdAt: 'asc' } })).map((s) => s.id);
    for (const id of ids) {
      const sent = await this.em.fork().transactional((em) => this.alertOne(em, id));
      if (sent === 'restricted') round.restricted += 1;
      else if (sent > 0) {
        round.mailed += 1;
        round.postings += sent;
      }
    }
    return round;
  }

  private async alertOne(em: EntityManager, id: string): Promise<number | 'restricted'> {
    // Locked and read again inside the transaction: a concurrent run waits, then sees the moved mark.
    const saved = await em.findOne(SavedSearch, { id, paused: false }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!saved) return 0;
    const owner = await em.findOneOrFail(User, { id: saved.owner.id }, { fields: ['email', 'locale', 'displayName'] });
    if (await this.restrictions.isRestricted(owner.id, 'alerts', em)) return 'restricted';
    // Without the person's profile: an alert is a search, not matching.
    const result = await this.search.search({ ...saved.query, page: 1, publishedAfter: saved.highWaterMark }, null, em);
    if (!result.hits.length) return 0;
    const locale: MailLocale = owner.locale === 'ko' ? 'ko' : 'en';
    await this.mailer.send(
      {
        kind: 'transactional',
        unsubscribeUrl: this.stopUrl(saved.id),
        to: owner.email,
        userId: owner.id,
        locale,
        template: 'job-alert',
        data: {
          name: owner.displayName,
          searchText: describeQuery(saved.query),
          postings: result.hits.map((h) => ({ title: h.title, companyName: h.companyName, locations: h.locations.join(', '), path: `/jobs/${h.id}` })),
          more: result.hasNext,
          searchPath: pageLink({ ...saved.query, page: 1 }, 1),
          managePath: '/jobs/alerts',
          stopUrl: this.stopUrl(saved.id),
        },
      },
      em,
    );
    saved.highWaterMark = new Date(Math.max(...result.hits.map((h) => h.publishedAt.getTime())));
    saved.lastAlertAt = new Date();
    await em.flush();
    return result.hits.length;
  }

  /** For export: each saved search as the person would read it. */
  async exportFor(ownerId: string): Promise<unknown[]> {
    return (await this.list(ownerId)).map((s) => ({
      id: s.id,
      search: s.query,
      alerts: s.paused ? 'paused' : 'on',
      newestPostingAlreadyConsidered: s.highWaterMark.toISOString(),
      lastAlert: s.lastAlertAt?.toISOString() ?? null,
      savedAt: s.createdAt.toISOString(),
    }));
  }
}

/** The search's words, for the subject and the list (filters are shown by the page itself). */
export function describeQuery(query: SavedQuery): string {
  return [query.text, query.location].map((v) => v.trim()).filter(Boolean).join(' · ');
}
