import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { formattersFor } from '../../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES } from '../../../platform/i18n/locale.js';
import { Mailer, type MailLocale } from '../../../platform/mail/index.js';
import { Clock } from '../../../platform/scheduling/clock.js';
import { PublicOrigin } from '../../../platform/web/public-origin.service.js';
import { SignedLinks } from '../../../platform/web/signed-link.js';
import { DocumentsService } from '../../documents/index.js';

const DAY_MS = 86_400_000;
/** Résumé data is deleted after this many days without activity (promise R4). */
export const RETENTION_DAYS = 90;
/** Warnings go out this many days before the deletion. */
export const WARNING_DAYS = [14, 3] as const;
type WarningDays = (typeof WARNING_DAYS)[number];
/** Accounts looked at per query: each batch commits on its own, so a large backlog never holds one long transaction. */
const BATCH = 500;
/**
 * Accounts purged per transaction (about ten rows each: documents, profiles, analyses). Large enough
 * that a million rows take a few hundred statements, small enough that a batch holds its locks for a
 * fraction of a second.
 */
const PURGE_BATCH = 1_000;
/** Activity is written at most this often per person: one UPDATE an hour, not one per request. */
const ACTIVITY_RESOLUTION_MS = 3_600_000;

export const KEEP_DATA_PATH = '/retention/keep';
/**
 * The keep-my-data link's purpose. SignedLinks signs `<purpose>:<id>` exactly as this service's own
 * HMAC did before it moved there, so links already mailed keep working: do not rename it.
 */
const KEEP_DATA_PURPOSE = 'keep-my-data';

export interface RetentionRound {
  warned14: number;
  warned3: number;
  purgedPeople: number;
  purgedDocuments: number;
}

interface Candidate {
  id: string;
  email: string;
  locale: MailLocale | null;
  /** As the driver returns it, and written back unchanged so it matches to the microsecond. */
  last_active_at: string;
}

/**
 * Retention of résumé data (promise R4): after 90 days without activity a person's documents — and
 * their analyses and profiles, which go with them — are deleted, after warnings 14 and 3 days before
 * with a "keep my data" link. A deletion happens only after the 3-day warning went out for the same
 * stretch of inactivity, so nobody loses data unwarned, even after the job was down for a while.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');
  private readonly keepDataLinks: SignedLinks;

  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly documents: DocumentsService,
    private readonly origin: PublicOrigin,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.keepDataLinks = new SignedLinks(config.secrets.sessionSecret, KEEP_DATA_PURPOSE);
  }

  /** Sign-in, upload, edit, analysis, interview: any signed-in request counts. */
  /**
   * `lastActiveAt` is what the request's session lookup already read: within the resolution there
   * is nothing to write, so most requests cost no query here.
   */
  async recordActivity(userId: string, lastActiveAt: Date): Promise<void> {
    const now = this.clock.now();
    if (lastActiveAt.getTime() >= now.getTime() - ACTIVITY_RESOLUTION_MS) return;
    await this.em.fork().execute(`update users set last_active_at = ? where id = ? and last_active_at < ?`, [now, userId, new Date(now.getTime() - ACTIVITY_RESOLUTION_MS)]);
  }

  /** The "keep my data" link: counts as activity, so the 90 days start again. */
  async keepData(userId: string): Promise<void> {
    await this.em.fork().execute(`update users set last_active_at = ? where id = ?`, [this.clock.now(), userId]);
  }

  keepDataUrl(userId: string): string {
    return this.keepDataLinks.url(this.origin.value, KEEP_DATA_PATH, 'u', userId);
  }

  /** The account a keep-my-data link names when its signature matches; null for anything else. */
  verifyKeepData(userId: unknown, token: unknown): string | null {
    return this.keepDataLinks.verify(userId, token);
  }

  /** One round: the 14-day warnings, the 3-day warnings, then the deletions. Idempotent. */
  async run(): Promise<RetentionRound> {
    const now = this.clock.now();
    const round: RetentionRound = { warned14: 0, warned3: 0, purgedPeople: 0, purgedDocuments: 0 };
    round.warned14 = await this.warn(14, now);
    round.warned3 = await this.warn(3, now);
    const purged = await this.purge(now);
    round.purgedPeople = purged.people;
    round.purgedDocuments = purged.documents;
    return round;
  }

  private async warn(days: WarningDays, now: Date): Promise<number> {
    const column = days === 14 ? 'warned14_at' : 'warned3_at';
    const inactiveSince = new Date(now.getTime() - (RETENTION_DAYS - days) * DAY_MS);
    // The last warning waits until the first is 11 days old, so a late first warning (the job was
    // down) still gives the full 14 days before anything is deleted.
    const firstWarningBefore = new Date(now.getTime() - (14 - 3) * DAY_MS);
    const afterFirstWarning = days === 3 ? 'and w.warned14_at <= ?' : '';
    let warned = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      // Keyset pages over the inactive accounts not yet warned at this step for this stretch of inactivity.
      const candidates = await this.em.fork().execute<Candidate[]>(
        `select u.id, u.email, u.locale, u.last_active_at from users u
           left join retention_warnings w on w.user_id = u.id and w.for_activity_at = u.last_active_at
          where u.last_active_at <= ? and u.id > ? and w.${column} is null ${afterFirstWarning}
          order by u.id limit ?`,
        [inactiveSince, after, ...(days === 3 ? [firstWarningBefore] : []), BATCH],
      );
      if (candidates.length === 0) return warned;
      after = candidates.at(-1)!.id;
      const withData = await this.documents.ownerIdsAmong(candidates.map((c) => c.id));
      for (const person of candidates.filter((c) => withData.has(c.id))) {
        await this.em.fork().transactional(async (tx) => {
          const locale = person.locale ?? this.config.defaultLocale;
          const fmt = formattersFor(locale, DEFAULT_TIME_ZONES[locale]);
          const deletionDate = new Date(Math.max(now.getTime() + days * DAY_MS, new Date(person.last_active_at).getTime() + RETENTION_DAYS * DAY_MS));
          await this.mailer.send(
            { to: person.email, userId: person.id, locale, template: 'retention-warning', kind: 'transactional', data: { days, deletionDate: fmt.date(deletionDate), keepUrl: this.keepDataUrl(person.id) } },
            tx,
          );
          await tx.execute(
            `insert into retention_warnings (user_id, for_activity_at, ${column}) values (?, ?, ?)
             on conflict (user_id) do update set
               warned14_at = case when retention_warnings.for_activity_at = excluded.for_activity_at then coalesce(retention_warnings.warned14_at, excluded.warned14_at) else excluded.warned14_at end,
               warned3_at = case when retention_warnings.for_activity_at = excluded.for_activity_at then coalesce(retention_warnings.warned3_at, excluded.warned3_at) else excluded.warned3_at end,
               for_activity_at = excluded.for_activity_at`,
            [person.id, person.last_active_at, now],
          );
        });
        warned += 1;
      }
      if (candidates.length < BATCH) return warned;
    }
  }

  /**
   * The deletions, set-based: each batch is one transaction that locks up to PURGE_BATCH expired
   * accounts that still have documents (FOR UPDATE … SKIP LOCKED), deletes all their documents in one
   * statement and the originals through the vault, and commits. So a batch is all or nothing, a run
   * stopped half-way (a crash, a deploy) resumes where it left off, and two runs at once (a second
   * instance, an operator's manual run) share the work instead of doing it twice. The lock also
   * orders the purge with the person's own activity: a sign-in or upload waits for the batch, and a
   * batch that locks after it no longer finds the person expired.
   *
   * Each batch walks the next PURGE_BATCH final warnings in key order (an index range, so a batch
   * costs the same at the first account as at the millionth) and locks those of them still expired
   * with documents. Asking instead for "the first 1,000 expired accounts" made PostgreSQL gather and
   * sort every remaining candidate for every batch: quadratic, and most of a 1M-row purge's time.
   * One batch at a time on purpose: the purge then uses about one core's worth of database and file
   * work, and pages keep the rest (two batches at once gained nothing on a busy machine and pushed
   * the health check's p99 past 2× its baseline).
   */
  private async purge(now: Date): Promise<{ people: number; documents: number }> {
    const expiredBefore = new Date(now.getTime() - RETENTION_DAYS * DAY_MS);
    const finalWarningBefore = new Date(now.getTime() - 3 * DAY_MS);
    const result = { people: 0, documents: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.em.fork().transactional(async (tx) => {
        // `= any(array(…))` keeps the lock to primary-key lookups of this page's accounts; a join
        // let the planner scan every account for each batch.
        const [page] = await tx.execute<{ last: string | null; expired: string[] }[]>(
          `with page as materialized (
             select user_id from retention_warnings where user_id > ? and warned3_at <= ? order by user_id limit ?
           ), expired as (
             select u.id from users u
              where u.id = any(array(select user_id from page)) and u.last_active_at <= ?
                and exists (select 1 from retention_warnings w where w.user_id = u.id and w.for_activity_at = u.last_active_at and w.warned3_at <= ?)
                and exists (select 1 from documents d where d.owner_id = u.id)
              for update of u skip locked
           )
           select (select user_id from page order by user_id desc limit 1)::text as last, array(select id::text from expired) as expired`,
          [after, finalWarningBefore, PURGE_BATCH, expiredBefore, finalWarningBefore],
        );
        if (!page?.last) return null;
        const documents = page.expired.length > 0 ? await this.documents.deleteAllOwnedByAny(page.expired, tx) : 0;
        return { people: page.expired.length, documents, last: page.last };
      });
      if (!batch) break;
      after = batch.last;
      result.people += batch.people;
      result.documents += batch.documents;
    }
    if (result.people > 0) this.logger.log(`Deleted the résumé data of ${result.people} inactive accounts (${result.documents} documents)`);
    return result;
  }
}
