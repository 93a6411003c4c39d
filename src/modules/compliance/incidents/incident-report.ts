import { formattersFor, type Formatters } from '../../../platform/i18n/formatters.js';
import { DEFAULT_TIME_ZONES, type Locale } from '../../../platform/i18n/locale.js';
import { noticeOf, type IncidentDetail, type IncidentNotice } from './incidents.service.js';

/**
 * The regulator report's view model: the items of a report to the PIPC/KISA (PIPA art. 34(3)) and of
 * a GDPR art. 33(3) notification — nature of the breach, categories and approximate numbers of people
 * and records, when it was discovered, likely consequences, measures taken, and the contact point.
 */
export interface IncidentReportModel extends Omit<IncidentNotice, 'id'> {
  locale: Locale;
  fmt: Formatters;
  deadlineAt: Date;
  generatedAt: Date;
  people: number;
  notified: number;
  outstanding: number;
  accessFromOutside: boolean;
  reasons: string[];
  timeline: IncidentDetail['timeline'];
}

export function incidentReportModel(detail: IncidentDetail, locale: Locale, generatedAt = new Date()): IncidentReportModel {
  const { incident } = detail;
  const { id: _id, ...notice } = noticeOf(incident, detail.updates, locale);
  return {
    ...notice,
    locale,
    fmt: formattersFor(locale, DEFAULT_TIME_ZONES[locale]),
    awareAt: detail.awareAt,
    deadlineAt: detail.deadlineAt,
    generatedAt,
    people: detail.people,
    notified: detail.people - detail.outstanding,
    outstanding: detail.outstanding,
    accessFromOutside: incident.accessFromOutside,
    reasons: detail.regulatorReasons,
    timeline: detail.timeline,
  };
}
