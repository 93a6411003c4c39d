import type { AuthUser } from '../identity/current-user.js';

/**
 * Every permission the access service answers, and the kind of resource its ids name. A module's
 * policy resolves the owner of that kind; grant sources decide per permission.
 */
export const PERMISSIONS = {
  'document:read': 'document',
  'document:write': 'document',
  /** Start new work from a document (an analysis, an interview grounded in it), in its owner's account. */
  'document:use': 'document',
  'profile:read': 'profile',
  'profile:write': 'profile',
  'analysis:read': 'analysis',
  'analysis:write': 'analysis',
  'interview:read': 'interview',
  'interview:write': 'interview',
  'turn:write': 'turn',
  'recording:read': 'recording',
  /** A data-subject request (R3): its owner reads it; support reads it inside the case it is (H1). */
  'data_request:read': 'data_request',
  /** A support ticket: its owner reads and writes it; support reads it inside the case it is (H1). */
  'support_ticket:read': 'support_ticket',
  'support_ticket:write': 'support_ticket',
  /**
   * Reading what someone shared through a share grant (jobs): asked only by the pages that show the
   * shared item as granted — a profile limited to the ticked sections — never by the owner's own
   * pages, so a grant cannot open more through them.
   */
  'document:read-shared': 'document',
  'profile:read-shared': 'profile',
  /**
   * An application's message thread (jobs): its candidate owns it; members of the company it was sent
   * to read and write it through the jobs grant source, and each of their reads is logged.
   */
  'application:message-read': 'application',
  'application:message-write': 'application',
  /**
   * A reported message (jobs): its author owns it; an administrator reads it only inside the report's
   * case, opened with a reason, and each look is logged for the author (H1).
   */
  'message_report:read': 'message_report',
} as const;

export type Permission = keyof typeof PERMISSIONS;
export type ResourceKind = (typeof PERMISSIONS)[Permission];

/** Who asks: the signed-in person (or a process acting for them) and their role. */
export type Actor = Pick<AuthUser, 'id' | 'role'>;

export function resourceKindOf(permission: Permission): ResourceKind {
  return PERMISSIONS[permission];
}
