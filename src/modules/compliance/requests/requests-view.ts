import type { DataRequest, DataRequestEvent } from './data-request.entity.js';
import { requestReference } from './data-requests.service.js';

/** One line of a request's history, as the pages show it: values and enums; the template words and formats them. */
export interface HistoryRow {
  at: Date;
  kind: DataRequestEvent['kind'];
  /** `requester`, `system`, `support`, `admin` (whoever it was at the time). */
  by: 'requester' | 'system' | 'support' | 'admin';
  status: string | null;
  text: string | null;
  internal: boolean;
  /** Staff pages only: the staff member's name, when the account still exists. */
  actorName: string | null;
}

export interface RequestRow {
  id: string;
  reference: string;
  type: DataRequest['type'];
  status: DataRequest['status'];
  createdAt: Date;
  dueAt: Date;
  closedAt: Date | null;
  outcome: string | null;
  details: string | null;
  purposes: string[];
}

const BY = new Set(['requester', 'system', 'support', 'admin']);

export function historyRows(events: readonly DataRequestEvent[], options: { withNames: boolean }): HistoryRow[] {
  return events.map((e) => ({
    at: e.at,
    kind: e.kind,
    by: (BY.has(e.actorRole) ? e.actorRole : 'support') as HistoryRow['by'],
    status: e.status ?? null,
    text: e.text ?? null,
    internal: e.internal,
    actorName: options.withNames ? (e.actor?.displayName ?? null) : null,
  }));
}

export function requestRow(request: DataRequest): RequestRow {
  return {
    id: request.id,
    reference: requestReference(request.id),
    type: request.type,
    status: request.status,
    createdAt: request.createdAt,
    dueAt: request.dueAt,
    closedAt: request.closedAt ?? null,
    outcome: request.outcome ?? null,
    details: request.details ?? null,
    purposes: request.objectionPurposes,
  };
}

/**
 * How much time is left, for the queue's countdown: a colour class and the words, never colour
 * alone. `overdue` past the due time, `soon` within two days, `ok` otherwise; closed requests none.
 */
export function countdown(request: Pick<DataRequest, 'dueAt' | 'status' | 'closedAt'>, now = new Date()): { tone: 'overdue' | 'soon' | 'ok' | 'closed'; days: number } {
  if (request.closedAt || ['completed', 'denied', 'cancelled'].includes(request.status)) return { tone: 'closed', days: 0 };
  const ms = request.dueAt.getTime() - now.getTime();
  // Whole days late (at least one), or days left counting today.
  if (ms < 0) return { tone: 'overdue', days: Math.max(1, Math.floor(-ms / 86_400_000)) };
  return { tone: ms <= 2 * 86_400_000 ? 'soon' : 'ok', days: Math.ceil(ms / 86_400_000) };
}

/** `alex@example.com` → `a•••@e•••.com`: enough to tell requests apart in a queue, not to know who. */
export function maskEmail(email: string | null | undefined): string {
  if (!email) return '•••';
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}•••@${domain.slice(0, 1)}•••${tld}`;
}
