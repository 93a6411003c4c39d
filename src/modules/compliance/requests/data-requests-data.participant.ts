import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../../platform/contracts/user-data-participant.js';
import { ProcessingRestrictions } from '../restrictions/processing-restrictions.js';
import { DataRequest, OPEN_STATUSES } from './data-request.entity.js';
import { DataRequestsRepository } from './data-requests.repository.js';

/**
 * Data requests in data rights: the export holds every request with its history (not staff-only
 * notes) and the uses the person stopped; erasure deletes them — except a deletion request still
 * being worked, which support closes after the erasure: it stays, stripped of the person's words,
 * and the account link clears with the account.
 */
@Injectable()
@UserDataParticipant()
export class DataRequestsDataParticipant implements UserDataContributor {
  readonly dataArea = 'data-requests';
  readonly exportFolder = { name: 'data-requests', description: 'your requests about your data (access, correction, deletion, pausing, objection), their history, and the uses you paused' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(
    private readonly requests: DataRequestsRepository,
    private readonly restrictions: ProcessingRestrictions,
  ) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const requests = await this.requests.listForRequester(userId);
    const rows = [];
    for (const request of requests) {
      const events = await this.requests.events(request.id, { includeInternal: false });
      rows.push({
        id: request.id,
        type: request.type,
        status: request.status,
        details: request.details,
        objectionPurposes: request.objectionPurposes,
        filedAt: request.createdAt.toISOString(),
        dueAt: request.dueAt.toISOString(),
        outcome: request.outcome,
        history: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, by: e.actorRole, status: e.status, text: e.text })),
      });
    }
    return [
      { path: 'data-requests/requests.json', content: JSON.stringify(rows, null, 2) },
      { path: 'data-requests/paused-uses.json', content: JSON.stringify(await this.restrictions.exportFor(userId), null, 2) },
    ];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await this.restrictions.eraseFor(em, userId);
    await em.nativeUpdate(DataRequest, { requesterUser: userId, type: 'deletion', status: { $in: [...OPEN_STATUSES] } }, { details: null, requesterName: null, requesterEmail: null });
    await em.nativeDelete(DataRequest, { requesterUser: userId, type: { $ne: 'deletion' } });
    await em.nativeDelete(DataRequest, { requesterUser: userId, type: 'deletion', status: { $nin: [...OPEN_STATUSES] } });
  }
}
