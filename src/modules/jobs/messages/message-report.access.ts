import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../../platform/access/access-grant-source.js';
import { AccessPolicy, type ResourcePolicy } from '../../../platform/access/access-policy.js';
import type { ResourceKind } from '../../../platform/access/permissions.js';
import { MessageReport } from './application-message.entity.js';

/**
 * Whose a reported message is: its author's. A report whose message or author is gone (erased with an
 * account) has no owner, so nobody reads it any more.
 */
@Injectable()
@AccessPolicy()
export class MessageReportAccessPolicy implements ResourcePolicy {
  readonly resourceKinds = ['message_report'] as const satisfies readonly ResourceKind[];

  constructor(private readonly em: EntityManager) {}

  async ownersOf(_kind: ResourceKind, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows = await this.em.getConnection().execute<{ id: string; author_id: string }[]>(
      `select r.id, m.author_id from job_message_reports r join job_application_messages m on m.id = r.message_id
        where r.id in (${ids.map(() => '?').join(', ')}) and r.reported_text is not null and m.author_id is not null`,
      [...ids],
    );
    return new Map(rows.map((row) => [row.id, row.author_id]));
  }
}

/**
 * The report is the case (H1): an administrator reads the reported message only after opening its
 * report with a reason, only while it is not yet reviewed, and only as the one who opened it. The
 * access service then logs each look, and the author sees it under "Who else opened your data".
 */
@Injectable()
@AccessGrantSource()
export class MessageReportCaseSource implements GrantSource {
  readonly basis = 'case' as const;

  async find(request: AccessRequest, em: EntityManager): Promise<AccessGrantMatch | undefined> {
    if (request.permission !== 'message_report:read' || request.actor.role !== 'admin') return undefined;
    const report = await em.findOne(MessageReport, { id: request.resourceId, openedBy: request.actor.id, reviewedAt: null }, { fields: ['id', 'openedReason'] });
    if (!report?.openedReason) return undefined;
    // What was opened ("a message of yours that was reported") is said by the history page itself.
    return { referenceId: report.id, reason: report.openedReason };
  }
}

