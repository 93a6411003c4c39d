import type { AccessLog } from './access-log.entity.js';

/** One line of "Who else opened your data", for the settings page. */
export interface AccessHistoryRow {
  at: Date;
  atIso: string;
  atText: string;
  who: string;
  why: string;
  what: string;
}

const WHO: Record<string, string> = {
  job_seeker: 'Another Candor member',
  employer: 'An employer',
  support: 'Candor support staff',
  admin: 'A Candor administrator',
};

const BASIS: Record<string, string> = {
  grant: 'You shared it',
  case: 'Support case',
};

const ACTION: Record<string, string> = { read: 'Opened', write: 'Changed', use: 'Worked from' };

const THING: Record<string, string> = {
  document: 'a document',
  profile: 'a structured résumé profile',
  analysis: 'an analysis',
  interview: 'a practice interview',
  turn: 'an interview answer',
  recording: 'a kept recording',
};

export function accessHistoryRow(row: AccessLog): AccessHistoryRow {
  const action = row.permission.split(':')[1] ?? 'read';
  return {
    at: row.at,
    atIso: row.at.toISOString(),
    atText: row.at.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }),
    who: WHO[row.actorRole] ?? 'Someone at Candor',
    why: `${BASIS[row.basis] ?? row.basis}: ${row.reason}`,
    what: `${ACTION[action] ?? 'Opened'} ${THING[row.resourceKind] ?? 'your data'}`,
  };
}
