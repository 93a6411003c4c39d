import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from '../../../platform/access/access-grant-source.js';
import { DataRequestsRepository } from '../requests/data-requests.repository.js';
import { requestReference } from '../requests/data-requests.service.js';

const STAFF_ROLES = new Set(['support', 'admin']);

/**
 * Staff access only inside a case (promise H1). Support and admin staff may read a person's data
 * only while a request of that person is open and this staff member opened it with a reason; the
 * access service then logs the look (who, role, case, reason, what, when, from where) and the
 * person sees it in Settings. Reads only: changes go through the request's own steps. A request
 * itself is readable only inside its own case.
 */
@Injectable()
@AccessGrantSource()
export class StaffCaseGrantSource implements GrantSource {
  readonly basis = 'case' as const;

  constructor(private readonly requests: DataRequestsRepository) {}

  async find(request: AccessRequest, em: EntityManager): Promise<AccessGrantMatch | undefined> {
    if (!STAFF_ROLES.has(request.actor.role) || !request.permission.endsWith(':read')) return undefined;
    const onlyThisRequest = request.resourceKind === 'data_request' ? request.resourceId : undefined;
    const found = await this.requests.openCaseFor(request.ownerId, request.actor.id, em, onlyThisRequest);
    if (!found) return undefined;
    return { referenceId: found.request.id, reason: `${requestReference(found.request.id)} · ${found.reason}` };
  }
}
