import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError, messageKey, ResourceNotFoundError } from '../../../platform/contracts/domain-error.js';
import { User } from '../../../platform/identity/user.entity.js';
import { formattersFor } from '../../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES } from '../../../platform/i18n/locale.js';
import { Mailer, type MailLocale } from '../../../platform/mail/index.js';
import { Clock } from '../../../platform/scheduling/clock.js';
import type { BilingualText } from '../incidents/breach-incident.entity.js';
import { PolicyAcceptance, PolicyNotice, PolicyVersion, type PolicyNoticeKind } from './policy-version.entity.js';

const DAY_MS = 86_400_000;
/** Notice periods (promise P1): a change takes effect at least this many days after it is scheduled. */
export const NOTICE_DAYS = { minor: 7, material: 30 } as const;
/** Notices queued per transaction: each batch commits its notice rows and outbox rows together. */
const NOTICE_BATCH = 200;

export interface DraftPolicyInput {
  material: boolean;
  summary: BilingualText;
  body: BilingualText;
  effectiveAt: Date;
}

/** A change scheduled sooner than its notice period allows. */
export class PolicyNoticeTooShortError extends DomainError {
  constructor(
    readonly minimumDays: number,
    readonly earliest: Date,
  ) {
    super('INVALID_INPUT', `A ${minimumDays === NOTICE_DAYS.material ? 'material ' : ''}change can take effect ${minimumDays} days after it is scheduled at the earliest`, {
      messageKey: messageKey('operations:policies.errors.tooSoon', { days: minimumDays }),
    });
  }
}

/** A version as a reader sees it, in their language. */
export interface PolicyVersionView {
  id: string;
  number: number;
  material: boolean;
  effectiveAt: Date;
  summary: string;
  body: string;
  inEffect: boolean;
}

/** What Settings shows: the version the person accepted (or was told about) and the current one. */
export interface PolicyStanding {
  current: PolicyVersionView | null;
  accepted: { version: PolicyVersionView; acceptedAt: Date } | null;
  /** Versions in effect after the one accepted: what changed since. */
  changesSince: PolicyVersionView[];
}

/**
 * The material version a person (first `?`) has still to accept at a time (second `?`): id only.
 * Also a part of the one statement each page runs for its notices (`PageNoticesReader`).
 */
export const AWAITING_ACCEPTANCE_SQL = `select v.id from policy_versions v join users u on u.id = ?
        where v.material and v.effective_at <= ? and u.created_at < v.effective_at
          and not exists (select 1 from policy_acceptances a join policy_versions later on later.id = a.version_id
                           where a.user_id = u.id and later.number >= v.number)
        order by v.number desc limit 1`;

/** The "a new policy is in effect" banner a person (`?`) has not dismissed: id, number, material. */
export const POLICY_BANNERS_SQL = `select v.id, v.number, v.material from policy_notices n join policy_versions v on v.id = n.version_id
        where n.user_id = ? and n.kind = 'in-effect' and n.banner_dismissed_at is null order by v.number desc limit 1`;

/**
 * Versions of the privacy policy (promise P1). Admins schedule a version with its notice period;
 * once it takes effect (by the injectable clock) the notice job tells every existing account by
 * email and banner; after a material change a signed-in person must accept it before going on (or
 * may delete their account). Acceptances are recorded, never rewritten.
 */
@Injectable()
export class PolicyVersionsService {
  private readonly logger = new Logger('PolicyVersions');

  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  /** Schedules a version; refused when it would take effect before its notice period is over. */
  async schedule(input: DraftPolicyInput, actorId: string): Promise<PolicyVersion> {
    const now = this.clock.now();
    const minimumDays = input.material ? NOTICE_DAYS.material : NOTICE_DAYS.minor;
    const earliest = new Date(now.getTime() + minimumDays * DAY_MS);
    if (input.effectiveAt.getTime() < earliest.getTime()) throw new PolicyNoticeTooShortError(minimumDays, earliest);
    return this.em.fork().transactional(async (tx) => {
      // Numbers follow one another; the unique constraint settles two admins scheduling at once.
      const [{ n }] = await tx.execute<[{ n: number }]>(`select coalesce(max(number), 0)::int as n from policy_versions`);
      const version = tx.create(PolicyVersion, {
        number: n + 1,
        material: input.material,
        summary: input.summary,
        body: input.body,
        effectiveAt: input.effectiveAt,
        announcementsDoneAt: null,
        noticesDoneAt: null,
        createdBy: tx.getReference(User, actorId),
        createdAt: now,
      });
      await tx.flush();
      this.logger.log(`Policy version ${version.number} scheduled (${input.material ? 'material' : 'minor'})`);
      return version;
    });
  }

  /** Every version, scheduled ones included: the admins' list. */
  async all(locale: MailLocale): Promise<PolicyVersionView[]> {
    const versions = await this.em.fork().find(PolicyVersion, {}, { orderBy: { number: 'desc' } });
    return versions.map((v) => this.view(v, locale));
  }

  /** Versions in effect now and before: public. */
  async published(locale: MailLocale): Promise<PolicyVersionView[]> {
    const versions = await this.em.fork().find(PolicyVersion, { effectiveAt: { $lte: this.clock.now() } }, { orderBy: { number: 'desc' } });
    return versions.map((v) => this.view(v, locale));
  }

  /** One published version; a scheduled one is not public yet ("not found"). */
  async publishedVersion(id: string, locale: MailLocale): Promise<PolicyVersionView> {
    const version = await this.em.fork().findOne(PolicyVersion, { id, effectiveAt: { $lte: this.clock.now() } });
    if (!version) throw new ResourceNotFoundError();
    return this.view(version, locale);
  }

  async current(locale: MailLocale): Promise<PolicyVersionView | null> {
    const version = await this.currentVersion(this.em.fork());
    return version ? this.view(version, locale) : null;
  }

  /**
   * The material version this person has still to accept, or null. Only accounts that existed when
   * it took effect are asked: a newer account signed up under it.
   */
  async awaitingAcceptance(userId: string): Promise<PolicyVersion | null> {
    const em = this.em.fork();
    const [row] = await em.execute<{ id: string }[]>(AWAITING_ACCEPTANCE_SQL, [userId, this.clock.now()]);
    return row ? em.findOne(PolicyVersion, { id: row.id }) : null;
  }

  /** Records the acceptance once; accepting again changes nothing. */
  async accept(userId: string, versionId: string): Promise<void> {
    const em = this.em.fork();
    const version = await em.findOne(PolicyVersion, { id: versionId, effectiveAt: { $lte: this.clock.now() } });
    if (!version) throw new ResourceNotFoundError();
    await em.execute(`insert into policy_acceptances (id, user_id, version_id, accepted_at) values (gen_random_uuid(), ?, ?, ?) on conflict (user_id, version_id) do nothing`, [
      userId,
      versionId,
      this.clock.now(),
    ]);
  }

  async standing(userId: string, locale: MailLocale): Promise<PolicyStanding> {
    const em = this.em.fork();
    const current = await this.currentVersion(em);
    const acceptance = await em.findOne(PolicyAcceptance, { user: userId }, { populate: ['version'], orderBy: { version: { number: 'desc' } } });
    const since = acceptance ? acceptance.version.number : 0;
    const later = await em.find(PolicyVersion, { number: { $gt: since }, effectiveAt: { $lte: this.clock.now() } }, { orderBy: { number: 'asc' } });
    return {
      current: current ? this.view(current, locale) : null,
      accepted: acceptance ? { version: this.view(acceptance.version, locale), acceptedAt: acceptance.acceptedAt } : null,
      changesSince: later.map((v) => this.view(v, locale)),
    };
  }

  /** The banner: versions this person was told about and has not dismissed. */
  async bannersFor(userId: string): Promise<{ id: string; number: number; material: boolean }[]> {
    return this.em.fork().execute(POLICY_BANNERS_SQL, [userId]);
  }

  async dismissBanner(userId: string, versionId: string): Promise<void> {
    await this.em.fork().nativeUpdate(PolicyNotice, { version: versionId, user: userId, kind: 'in-effect', bannerDismissedAt: null }, { bannerDismissedAt: this.clock.now() });
  }

  /**
   * The job's round. A version is announced to every account as soon as it is scheduled — the
   * schedule's 7 or 30 days are the notice period — and once it takes effect every account that
   * existed then is told again (email, and the banner). Idempotent and safe on two instances: a
   * notice row is claimed (`on conflict do nothing … returning`) in the same transaction as its
   * outbox row, so nobody gets the same notice twice.
   */
  async sendDueNotices(): Promise<{ announced: number; inEffect: number }> {
    const now = this.clock.now();
    const em = this.em.fork();
    const round = { announced: 0, inEffect: 0 };
    const toAnnounce = await em.find(PolicyVersion, { effectiveAt: { $gt: now }, announcementsDoneAt: null }, { orderBy: { number: 'asc' } });
    for (const version of toAnnounce) {
      round.announced += await this.queueNotices(version, 'announced', now, now);
      await em.fork().nativeUpdate(PolicyVersion, { id: version.id, announcementsDoneAt: null }, { announcementsDoneAt: now });
    }
    const inEffect = await em.find(PolicyVersion, { effectiveAt: { $lte: now }, noticesDoneAt: null }, { orderBy: { number: 'asc' } });
    for (const version of inEffect) {
      round.inEffect += await this.queueNotices(version, 'in-effect', version.effectiveAt, now);
      // An announcement not sent before the version took effect (the job was down) is not sent late.
      await em.fork().nativeUpdate(PolicyVersion, { id: version.id }, { noticesDoneAt: now, announcementsDoneAt: version.announcementsDoneAt ?? now });
    }
    if (round.announced + round.inEffect > 0) this.logger.log(`Queued ${round.announced} policy announcements and ${round.inEffect} in-effect notices`);
    return round;
  }

  /** Queues one kind of notice for every account created before `accountsBefore`, in batches. */
  private async queueNotices(version: PolicyVersion, kind: PolicyNoticeKind, accountsBefore: Date, now: Date): Promise<number> {
    let queued = 0;
    for (;;) {
      const batch = await this.em.fork().transactional(async (tx) => {
        const people = await tx.execute<{ user_id: string; email: string; locale: MailLocale | null }[]>(
          `with claimed as (
             insert into policy_notices (version_id, user_id, kind, notified_at)
               select ?, u.id, ?, ? from users u
                where u.created_at < ? and not exists (select 1 from policy_notices n where n.version_id = ? and n.user_id = u.id and n.kind = ?)
                order by u.id limit ?
             on conflict do nothing
             returning user_id)
           select c.user_id, u.email, u.locale from claimed c join users u on u.id = c.user_id`,
          [version.id, kind, now, accountsBefore, version.id, kind, NOTICE_BATCH],
        );
        for (const person of people) {
          const locale = person.locale ?? 'en';
          const fmt = formattersFor(locale, DEFAULT_TIME_ZONES[locale]);
          await this.mailer.send(
            {
              to: person.email,
              userId: person.user_id,
              locale,
              template: 'policy-change',
              kind: 'transactional',
              data: {
                announcement: kind === 'announced',
                number: version.number,
                material: version.material,
                summary: version.summary[locale],
                effectiveDate: fmt.date(version.effectiveAt),
                // Before it takes effect the version is not public yet: the email carries the summary.
                versionPath: kind === 'announced' ? '/privacy/versions' : `/privacy/versions/${version.id}`,
              },
            },
            tx,
          );
        }
        return people.length;
      });
      queued += batch;
      if (batch < NOTICE_BATCH) return queued;
    }
  }

  private currentVersion(em: EntityManager): Promise<PolicyVersion | null> {
    return em.findOne(PolicyVersion, { effectiveAt: { $lte: this.clock.now() } }, { orderBy: { number: 'desc' } });
  }

  private view(version: PolicyVersion, locale: MailLocale): PolicyVersionView {
    return {
      id: version.id,
      number: version.number,
      material: version.material,
      effectiveAt: version.effectiveAt,
      summary: version.summary[locale],
      body: version.body[locale],
      inEffect: version.effectiveAt.getTime() <= this.clock.now().getTime(),
    };
  }
}
