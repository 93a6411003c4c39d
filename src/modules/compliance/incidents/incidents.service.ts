import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { ResourceNotFoundError } from '../../../platform/contracts/domain-error.js';
import { User } from '../../../platform/identity/user.entity.js';
import { formattersFor } from '../../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES } from '../../../platform/i18n/locale.js';
import { Mailer, type MailLocale } from '../../../platform/mail/index.js';
import { Clock } from '../../../platform/scheduling/clock.js';
import { DocumentsService } from '../../documents/index.js';
import {
  BreachIncident,
  BreachIncidentEvent,
  BreachIncidentPerson,
  BreachIncidentUpdate,
  type BilingualText,
  type DataCategory,
  type IncidentEventKind,
} from './breach-incident.entity.js';

const HOUR_MS = 3_600_000;
/** PIPA art. 34 and GDPR art. 34: people are told within 72 hours of awareness. */
export const NOTICE_DEADLINE_HOURS = 72;
/** Admins are warned at these points while notices are still not out. */
export const ESCALATION_HOURS = [48, 60] as const;
/** A report to the regulator is due from this many affected people (PIPA enforcement decree art. 40). */
export const REGULATOR_PEOPLE_THRESHOLD = 1000;
/** Categories whose exposure makes a report due whatever the number of people. */
const REPORTABLE_CATEGORIES: readonly DataCategory[] = ['identifiers', 'sensitive'];
/** Notices queued per transaction: one batch commits its outbox rows and its progress together. */
const NOTICE_BATCH = 200;

export type AffectedPeopleQuery = { kind: 'account-ids'; accountIds: string[] } | { kind: 'documents-stored-between'; from: Date; to: Date };

export interface RecordIncidentInput {
  awareAt: Date;
  whatHappened: BilingualText;
  dataCategories: DataCategory[];
  accessFromOutside: boolean;
  measures: BilingualText;
  whatPeopleCanDo: BilingualText;
  redress: BilingualText;
  contactDesk: string;
  noticesHeld: boolean;
  affected: AffectedPeopleQuery;
}

export interface IncidentSummary {
  id: string;
  reference: string;
  awareAt: Date;
  deadlineAt: Date;
  people: number;
  outstanding: number;
  regulatorReportDue: boolean;
  noticesHeld: boolean;
}

export interface IncidentDetail extends IncidentSummary {
  incident: BreachIncident;
  updates: BreachIncidentUpdate[];
  timeline: { at: Date; kind: IncidentEventKind; detail: Record<string, number | string> }[];
  regulatorReasons: string[];
}

export interface NoticeRound {
  queued: number;
  escalations: number;
}

/** An incident notice for the person it concerns, in their language. */
export interface IncidentNotice {
  id: string;
  reference: string;
  awareAt: Date;
  dataCategories: DataCategory[];
  whatHappened: string;
  measures: string;
  whatPeopleCanDo: string;
  redress: string;
  contactDesk: string;
  updates: { phase: number; createdAt: Date; body: string }[];
}

/** Breach notices a person (`?`) was sent and has not dismissed, newest first: id, reference (H2). */
export const INCIDENT_BANNERS_SQL = `select i.id, i.reference from breach_incident_people p join breach_incidents i on i.id = p.incident_id
        where p.user_id = ? and p.notified_phase >= 1 and p.banner_dismissed_at is null order by i.aware_at desc`;

/**
 * Personal-data breaches (promise H2): an admin records the incident and who is affected; the
 * notice job tells each person in their language (email through the outbox, and a banner until
 * dismissed) and records each notice; admins are warned at 48 and 60 hours while notices are not
 * out; a regulator report is flagged when the law asks for one. Everything lands on the timeline.
 */
@Injectable()
export class IncidentsService {
  private readonly logger = new Logger('Incidents');

  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly documents: DocumentsService,
  ) {}

  /** The account ids a query names, limited to accounts that exist. */
  async resolveAffected(query: AffectedPeopleQuery): Promise<string[]> {
    const candidates = query.kind === 'account-ids' ? query.accountIds : await this.documents.ownerIdsWithDocumentsStoredBetween(query.from, query.to);
    if (candidates.length === 0) return [];
    const rows = await this.em.fork().execute<{ id: string }[]>(`select id from users where id = any(?::uuid[])`, [postgresArray(candidates)]);
    return rows.map((row) => row.id);
  }

  async record(input: RecordIncidentInput, actorId: string): Promise<BreachIncident> {
    const people = await this.resolveAffected(input.affected);
    const now = this.clock.now();
    const regulatorReasons = regulatorReportReasons(people.length, input.dataCategories, input.accessFromOutside);
    return this.em.fork().transactional(async (tx) => {
      // One reference per year, in order; the unique constraint settles two admins recording at once.
      const year = input.awareAt.getUTCFullYear();
      const [{ n }] = await tx.execute<[{ n: number }]>(`select count(*)::int as n from breach_incidents where reference like ?`, [`INC-${year}-%`]);
      const incident = tx.create(BreachIncident, {
        reference: `INC-${year}-${String(n + 1).padStart(4, '0')}`,
        awareAt: input.awareAt,
        deadlineAt: new Date(input.awareAt.getTime() + NOTICE_DEADLINE_HOURS * HOUR_MS),
        whatHappened: input.whatHappened,
        dataCategories: input.dataCategories,
        accessFromOutside: input.accessFromOutside,
        measures: input.measures,
        whatPeopleCanDo: input.whatPeopleCanDo,
        redress: input.redress,
        contactDesk: input.contactDesk,
        noticesHeld: input.noticesHeld,
        phase: 1,
        regulatorReportDue: regulatorReasons.length > 0,
        createdBy: tx.getReference(User, actorId),
        createdAt: now,
      });
      await tx.flush();
      if (people.length > 0) {
        await tx.execute(`insert into breach_incident_people (incident_id, user_id) select ?, unnest(?::uuid[])`, [incident.id, postgresArray(people)]);
      }
      this.event(tx, incident, now, 'recorded', { hoursSinceAwareness: hoursBetween(input.awareAt, now) }, actorId);
      this.event(tx, incident, now, 'people-identified', { people: people.length, query: input.affected.kind }, actorId);
      if (regulatorReasons.length > 0) this.event(tx, incident, now, 'regulator-report-due', { reasons: regulatorReasons.join(',') }, actorId);
      await tx.flush();
      this.logger.log(`Incident ${incident.reference} recorded with ${people.length} affected people`);
      return incident;
    });
  }

  async list(): Promise<IncidentSummary[]> {
    const incidents = await this.em.fork().find(BreachIncident, {}, { orderBy: { awareAt: 'desc' } });
    return Promise.all(incidents.map(async (incident) => this.summarise(incident)));
  }

  async detail(id: string): Promise<IncidentDetail> {
    const em = this.em.fork();
    const incident = await em.findOne(BreachIncident, { id });
    if (!incident) throw new ResourceNotFoundError();
    const [summary, updates, events] = await Promise.all([
      this.summarise(incident),
      em.find(BreachIncidentUpdate, { incident }, { orderBy: { phase: 'asc' } }),
      em.find(BreachIncidentEvent, { incident }, { orderBy: { at: 'asc', id: 'asc' } }),
    ]);
    return {
      ...summary,
      incident,
      updates,
      timeline: events.map((e) => ({ at: e.at, kind: e.kind, detail: e.detail })),
      regulatorReasons: regulatorReportReasons(summary.people, incident.dataCategories, incident.accessFromOutside),
    };
  }

  /** A phased update: every affected person is owed one more notice, which the job sends. */
  async addUpdate(id: string, body: BilingualText, actorId: string): Promise<void> {
    const now = this.clock.now();
    await this.em.fork().transactional(async (tx) => {
      const incident = await tx.findOne(BreachIncident, { id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
      if (!incident) throw new ResourceNotFoundError();
      incident.phase += 1;
      tx.create(BreachIncidentUpdate, { incident, phase: incident.phase, body, createdAt: now });
      this.event(tx, incident, now, 'update-added', { phase: incident.phase }, actorId);
      await tx.flush();
    });
  }

  /** Lets held notices go out on the job's next round. */
  async release(id: string, actorId: string): Promise<void> {
    const now = this.clock.now();
    await this.em.fork().transactional(async (tx) => {
      const incident = await tx.findOne(BreachIncident, { id });
      if (!incident) throw new ResourceNotFoundError();
      if (!incident.noticesHeld) return;
      incident.noticesHeld = false;
      this.event(tx, incident, now, 'released', {}, actorId);
      await tx.flush();
    });
  }

  async recordReportDownload(id: string, actorId: string): Promise<void> {
    const em = this.em.fork();
    const incident = await em.findOne(BreachIncident, { id });
    if (!incident) throw new ResourceNotFoundError();
    this.event(em, incident, this.clock.now(), 'report-downloaded', {}, actorId);
    await em.flush();
  }

  /**
   * The job's round: queue every notice owed (first notices and updates) for incidents not held,
   * then warn the admins about any incident whose notices are still not out at 48 or 60 hours.
   * Idempotent: a person's progress commits with their outbox row, and each escalation is stamped.
   */
  async sendDueNotices(): Promise<NoticeRound> {
    const now = this.clock.now();
    const round: NoticeRound = { queued: 0, escalations: 0 };
    const open = await this.em.fork().find(BreachIncident, { noticesHeld: false });
    for (const incident of open) round.queued += await this.queueNotices(incident.id, now);
    const unescalated = await this.em.fork().find(BreachIncident, { $or: [{ escalated48At: null }, { escalated60At: null }] });
    for (const incident of unescalated) round.escalations += await this.escalateIfLate(incident.id, now);
    return round;
  }

  /** The incidents whose notice this person has received and not yet dismissed (the banner). */
  async bannersFor(userId: string): Promise<{ id: string; reference: string }[]> {
    return this.em.fork().execute<{ id: string; reference: string }[]>(INCIDENT_BANNERS_SQL, [userId]);
  }

  /** The notice as the affected person reads it; anyone else gets "not found". */
  async noticeFor(userId: string, incidentId: string, locale: MailLocale): Promise<IncidentNotice> {
    const em = this.em.fork();
    const person = await em.findOne(BreachIncidentPerson, { incident: incidentId, user: userId, notifiedPhase: { $gte: 1 } }, { populate: ['incident'] });
    if (!person) throw new ResourceNotFoundError();
    const updates = await em.find(BreachIncidentUpdate, { incident: incidentId, phase: { $lte: person.notifiedPhase } }, { orderBy: { phase: 'asc' } });
    return noticeOf(person.incident, updates, locale);
  }

  /** Only a person the incident affects has a banner to dismiss; anyone else gets not-found. */
  async dismissBanner(userId: string, incidentId: string): Promise<void> {
    const em = this.em.fork();
    const person = await em.findOne(BreachIncidentPerson, { incident: incidentId, user: userId, notifiedPhase: { $gte: 1 } });
    if (!person) throw new ResourceNotFoundError();
    await em.nativeUpdate(BreachIncidentPerson, { incident: incidentId, user: userId, bannerDismissedAt: null }, { bannerDismissedAt: this.clock.now() });
  }

  private async queueNotices(incidentId: string, now: Date): Promise<number> {
    let queued = 0;
    for (;;) {
      const batch = await this.em.fork().transactional(async (tx) => {
        const incident = await tx.findOneOrFail(BreachIncident, { id: incidentId });
        // SKIP LOCKED: two instances that both run a round never notify the same person twice.
        const people = await tx.execute<{ user_id: string; email: string; locale: MailLocale | null }[]>(
          `select p.user_id, u.email, u.locale from breach_incident_people p join users u on u.id = p.user_id
            where p.incident_id = ? and p.notified_phase < ? order by p.user_id limit ? for update of p skip locked`,
          [incidentId, incident.phase, NOTICE_BATCH],
        );
        if (people.length === 0) return 0;
        const updates = await tx.find(BreachIncidentUpdate, { incident }, { orderBy: { phase: 'asc' } });
        for (const person of people) {
          const locale = person.locale ?? 'en';
          const notice = noticeOf(incident, updates, locale);
          const mailId = await this.mailer.send(
            {
              to: person.email,
              userId: person.user_id,
              locale,
              template: 'incident-notice',
              kind: 'transactional',
              data: { notice: noticeForMail(notice, locale), isUpdate: incident.phase > 1, noticeUrlPath: `/incidents/${incident.id}`, categories: notice.dataCategories },
            },
            tx,
          );
          await tx.nativeUpdate(BreachIncidentPerson, { incident: incidentId, user: person.user_id }, { notifiedPhase: incident.phase, lastNoticeMailId: mailId, lastNotifiedAt: now });
        }
        this.event(tx, incident, now, 'notices-queued', { people: people.length, phase: incident.phase, hoursSinceAwareness: hoursBetween(incident.awareAt, now) });
        await tx.flush();
        return people.length;
      });
      queued += batch;
      if (batch < NOTICE_BATCH) return queued;
    }
  }

  private async escalateIfLate(incidentId: string, now: Date): Promise<number> {
    return this.em.fork().transactional(async (tx) => {
      const incident = await tx.findOne(BreachIncident, { id: incidentId }, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
      if (!incident) return 0;
      const hours = hoursBetween(incident.awareAt, now);
      const due = ESCALATION_HOURS.filter((h) => hours >= h && (h === 48 ? !incident.escalated48At : !incident.escalated60At));
      if (due.length === 0) return 0;
      const outstanding = await this.outstanding(tx, incidentId);
      if (outstanding === 0) return 0;
      const mark = Math.max(...due);
      // One warning for the latest mark passed; the earlier one is stamped too, so it never follows late.
      for (const h of due) {
        if (h === 48) incident.escalated48At = now;
        else incident.escalated60At = now;
      }
      const admins = await tx.find(User, { role: 'admin' });
      for (const admin of admins) {
        await this.mailer.send(
          {
            to: admin.email,
            userId: admin.id,
            locale: admin.locale,
            template: 'incident-escalation',
            kind: 'transactional',
            data: { reference: incident.reference, mark, hoursLeft: Math.max(0, NOTICE_DEADLINE_HOURS - hours), outstanding, held: incident.noticesHeld, incidentPath: `/admin/incidents/${incident.id}` },
          },
          tx,
        );
      }
      this.event(tx, incident, now, 'escalated', { mark, outstanding, admins: admins.length });
      await tx.flush();
      this.logger.warn(`Incident ${incident.reference}: ${outstanding} notices not out at ${mark} h; ${admins.length} admins warned`);
      return 1;
    });
  }

  /**
   * People whose latest notice is not out: never queued for the current phase, or queued and not yet
   * delivered (still pending in the outbox, or failed).
   */
  private async outstanding(em: EntityManager, incidentId: string): Promise<number> {
    const [{ n }] = await em.execute<[{ n: number }]>(
      `select count(*)::int as n from breach_incident_people p join breach_incidents i on i.id = p.incident_id
         left join mail_outbox m on m.id = p.last_notice_mail_id
        where p.incident_id = ? and (p.notified_phase < i.phase or m.status in ('pending', 'failed'))`,
      [incidentId],
    );
    return n;
  }

  private async summarise(incident: BreachIncident): Promise<IncidentSummary> {
    const em = this.em.fork();
    const [{ n: people }] = await em.execute<[{ n: number }]>(`select count(*)::int as n from breach_incident_people where incident_id = ?`, [incident.id]);
    return {
      id: incident.id,
      reference: incident.reference,
      awareAt: incident.awareAt,
      deadlineAt: incident.deadlineAt,
      people,
      outstanding: await this.outstanding(em, incident.id),
      regulatorReportDue: incident.regulatorReportDue,
      noticesHeld: incident.noticesHeld,
    };
  }

  private event(em: EntityManager, incident: BreachIncident, at: Date, kind: IncidentEventKind, detail: Record<string, number | string>, actorId?: string): void {
    em.create(BreachIncidentEvent, { incident, at, kind, detail, actor: actorId ? em.getReference(User, actorId) : null });
  }
}

/** Why a report to the regulator is due (empty: not due): the PIPA and GDPR triggers Candor applies. */
export function regulatorReportReasons(people: number, categories: readonly DataCategory[], accessFromOutside: boolean): string[] {
  const reasons: string[] = [];
  if (people >= REGULATOR_PEOPLE_THRESHOLD) reasons.push('people');
  if (categories.some((c) => REPORTABLE_CATEGORIES.includes(c))) reasons.push('categories');
  if (accessFromOutside) reasons.push('outside');
  return reasons;
}

/** A list of UUIDs as one Postgres array literal (the driver would otherwise spread an array into many parameters). */
function postgresArray(uuids: readonly string[]): string {
  return `{${uuids.join(',')}}`;
}

function hoursBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / HOUR_MS);
}

/** Mail templates get dates already written in the reader's language and time zone. */
function noticeForMail(notice: IncidentNotice, locale: MailLocale) {
  const fmt = formattersFor(locale, DEFAULT_TIME_ZONES[locale]);
  return { ...notice, awareAtText: fmt.dateTime(notice.awareAt), updates: notice.updates.map((u) => ({ ...u, dateText: fmt.dateTime(u.createdAt) })) };
}

/** What a notice says, in one language: the person's notice and the regulator report share it. */
export function noticeOf(incident: BreachIncident, updates: readonly BreachIncidentUpdate[], locale: MailLocale): IncidentNotice {
  return {
    id: incident.id,
    reference: incident.reference,
    awareAt: incident.awareAt,
    dataCategories: incident.dataCategories,
    whatHappened: incident.whatHappened[locale],
    measures: incident.measures[locale],
    whatPeopleCanDo: incident.whatPeopleCanDo[locale],
    redress: incident.redress[locale],
    contactDesk: incident.contactDesk,
    updates: updates.map((u) => ({ phase: u.phase, createdAt: u.createdAt, body: u.body[locale] })),
  };
}
