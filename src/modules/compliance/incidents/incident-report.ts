import { formattersFor, type Formatters } from '../../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES, type Locale } from '../../../platform/i18n/locale.js';
import type { IncidentDetail } from './incidents.service.js';

/**
 * The regulator report's view model: the items of a report to the PIPC/KISA (PIPA art. 34(3)) and of
 * a GDPR art. 33(3) notification — nature of the breach, categories and approximate numbers of people
 * and records, when it was discovered, likely consequences, measures taken, and the contact point.
 */
export interface IncidentReportModel {
  locale: Locale;
  fmt: Formatters;
  reference: string;
  awareAt: Date;
  deadlineAt: Date;
  generatedAt: Date;
  people: number;
  notified: number;
  outstanding: number;
  dataCategories: string[];
  accessFromOutside: boolean;
  reasons: string[];
  whatHappened: string;
  measures: string;
  whatPeopleCanDo: string;
  redress: string;
  contactDesk: string;
  updates: { phase: number; createdAt: Date; body: string }[];
  timeline: IncidentDetail['timeline'];
}

export function incidentReportModel(detail: IncidentDetail, locale: Locale, generatedAt = new Date()): IncidentReportModel {
  const { incident } = detail;
  return {
    locale,
    fmt: formattersFor(locale, DEFAULT_TIME_ZONES[locale]),
    reference: detail.reference,
    awareAt: detail.awareAt,
    deadlineAt: detail.deadlineAt,
    generatedAt,
    people: detail.people,
    notified: detail.people - detail.outstanding,
    outstanding: detail.outstanding,
    dataCategories: incident.dataCategories,
    accessFromOutside: incident.accessFromOutside,
    reasons: detail.regulatorReasons,
    whatHappened: incident.whatHappened[locale],
    measures: incident.measures[locale],
    whatPeopleCanDo: incident.whatPeopleCanDo[locale],
    redress: incident.redress[locale],
    contactDesk: incident.contactDesk,
    updates: detail.updates.map((u) => ({ phase: u.phase, createdAt: u.createdAt, body: u.body[locale] })),
    timeline: detail.timeline,
  };
}
