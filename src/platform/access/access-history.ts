import type { AccessLog } from './access-log.entity.js';

/**
 * One line of "Who else opened your data", for the settings page: values, not words. The template
 * says them in the reader's language (`compliance:settings.history.*`) and formats the time.
 */
export interface AccessHistoryRow {
  at: Date;
  atIso: string;
  /** Who opened it, by role (`other` for a role the page has no words for). */
  actor: (typeof ACTORS)[number] | 'other';
  /** On what basis: a share grant or a support case. */
  basis: (typeof BASES)[number] | 'other';
  /** The reason recorded with the grant or case, as its author wrote it. */
  reason: string;
  action: (typeof ACTIONS)[number];
  thing: (typeof THINGS)[number] | 'other';
}

const ACTORS = ['job_seeker', 'employer', 'support', 'admin', 'advisor'] as const;
const BASES = ['grant', 'case'] as const;
const ACTIONS = ['read', 'write', 'use'] as const;
const THINGS = ['document', 'profile', 'analysis', 'interview', 'turn', 'recording', 'data_request', 'support_ticket', 'application', 'message_report'] as const;

const oneOf = <T extends string>(values: readonly T[], value: string): T | undefined => values.find((v) => v === value);

export function accessHistoryRow(row: AccessLog): AccessHistoryRow {
  return {
    at: row.at,
    atIso: row.at.toISOString(),
    actor: oneOf(ACTORS, row.actorRole) ?? 'other',
    basis: oneOf(BASES, row.basis) ?? 'other',
    reason: row.reason,
    action: oneOf(ACTIONS, row.permission.split(':')[1] ?? 'read') ?? 'read',
    thing: oneOf(THINGS, row.resourceKind) ?? 'other',
  };
}
