import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../../platform/access/access-grant-source.js';

/**
 * Applying opens a conversation (S1: the candidate chose to contact this company): a member of the
 * company an application was sent to may read and write its message thread — that thread only, no
 * other company, nobody else. The access service logs each read for the candidate.
 */
@Injectable()
@AccessGrantSource()
export class ApplicationThreadGrantSource implements GrantSource {
  readonly basis = 'grant' as const;

  async find(request: AccessRequest, em: EntityManager): Promise<AccessGrantMatch | undefined> {
    if (request.actor.role !== 'employer') return undefined;
    if (request.permission !== 'application:message-read' && request.permission !== 'application:message-write') return undefined;
    const rows = await em.getConnection().execute<{ company: string; title: string }[]>(
      `select c.name as company, p.title from job_applications a
         join company_members m on m.company_id = a.company_id and m.user_id = ?
         join companies c on c.id = a.company_id
         join job_postings p on p.id = a.posting_id
        where a.id = ? and a.applicant_id = ?`,
      [request.actor.id, request.resourceId, request.ownerId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { referenceId: request.resourceId, reason: `${row.company} — ${row.title}` };
  }
}
