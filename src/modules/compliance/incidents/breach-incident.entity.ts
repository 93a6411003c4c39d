import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';

/** Text an admin writes for the people affected: both languages, so each person reads it in theirs. */
export interface BilingualText {
  en: string;
  ko: string;
}

/**
 * What kind of data an incident touched. `identifiers` (national ids and other unique identifiers)
 * and `sensitive` (health, beliefs and the other special categories) make a regulator report due.
 */
export const DATA_CATEGORIES = ['contact', 'documents', 'analyses', 'interviews', 'identifiers', 'sensitive', 'payment'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/**
 * A personal-data breach (promise H2). The notice people receive is built from these fields — the
 * items PIPA article 34 and GDPR articles 33–34 require: what happened and when, which data, what
 * Candor did, what people can do, how to get redress, and whom to contact.
 */
const BreachIncidentSchema = defineEntity({
  name: 'BreachIncident',
  tableName: 'breach_incidents',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Human reference for admins and the regulator, e.g. `INC-2026-0007`. */
    reference: p.string().length(20).unique(),
    /** When Candor became aware: the 72-hour clock starts here. */
    awareAt: p.datetime(),
    deadlineAt: p.datetime(),
    whatHappened: p.json<BilingualText>(),
    dataCategories: p.array<DataCategory>(),
    accessFromOutside: p.boolean().default(false),
    measures: p.json<BilingualText>(),
    whatPeopleCanDo: p.json<BilingualText>(),
    redress: p.json<BilingualText>(),
    contactDesk: p.string().length(300),
    /** Notices wait until an admin releases them (e.g. at an investigator's request); escalation still runs. */
    noticesHeld: p.boolean().default(false),
    /** How many notices every affected person is owed: the first, plus one per update. */
    phase: p.integer().default(1),
    regulatorReportDue: p.boolean().default(false),
    escalated48At: p.datetime().nullable().fieldName('escalated48_at'),
    escalated60At: p.datetime().nullable().fieldName('escalated60_at'),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
  },
});
export class BreachIncident extends BreachIncidentSchema.class {}
BreachIncidentSchema.setClass(BreachIncident);

/** A later notice about the same incident (phase 2, 3, …): what is new. */
const BreachIncidentUpdateSchema = defineEntity({
  name: 'BreachIncidentUpdate',
  tableName: 'breach_incident_updates',
  uniques: [{ properties: ['incident', 'phase'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    incident: () => p.manyToOne(BreachIncident).deleteRule('cascade'),
    phase: p.integer(),
    body: p.json<BilingualText>(),
    createdAt: p.datetime(),
  },
});
export class BreachIncidentUpdate extends BreachIncidentUpdateSchema.class {}
BreachIncidentUpdateSchema.setClass(BreachIncidentUpdate);

/** One affected person and how far their notices have gone; erased with their account. */
const BreachIncidentPersonSchema = defineEntity({
  name: 'BreachIncidentPerson',
  tableName: 'breach_incident_people',
  properties: {
    incident: () => p.manyToOne(BreachIncident).primary().deleteRule('cascade'),
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    /** The last phase whose notice was queued for this person (0: none yet). */
    notifiedPhase: p.integer().default(0),
    lastNoticeMailId: p.uuid().nullable(),
    lastNotifiedAt: p.datetime().nullable(),
    bannerDismissedAt: p.datetime().nullable(),
  },
});
export class BreachIncidentPerson extends BreachIncidentPersonSchema.class {}
BreachIncidentPersonSchema.setClass(BreachIncidentPerson);

export const INCIDENT_EVENT_KINDS = ['recorded', 'people-identified', 'regulator-report-due', 'notices-queued', 'escalated', 'released', 'update-added', 'report-downloaded'] as const;
export type IncidentEventKind = (typeof INCIDENT_EVENT_KINDS)[number];

/** The incident's timeline: append-only, one row per thing that happened. */
const BreachIncidentEventSchema = defineEntity({
  name: 'BreachIncidentEvent',
  tableName: 'breach_incident_events',
  indexes: [{ properties: ['incident', 'at'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    incident: () => p.manyToOne(BreachIncident).deleteRule('cascade'),
    at: p.datetime(),
    kind: p.string().length(40).$type<IncidentEventKind>(),
    /** Counts and hours only, never names or addresses. */
    detail: p.json<Record<string, number | string>>(),
    actor: () => p.manyToOne(User).nullable().deleteRule('set null'),
  },
});
export class BreachIncidentEvent extends BreachIncidentEventSchema.class {}
BreachIncidentEventSchema.setClass(BreachIncidentEvent);

export const INCIDENT_ENTITIES = [BreachIncident, BreachIncidentUpdate, BreachIncidentPerson, BreachIncidentEvent];
