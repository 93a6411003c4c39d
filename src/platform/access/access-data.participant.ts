import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../contracts/user-data-participant.js';
import { AccessLogRepository } from './access-log.repository.js';

/**
 * The access log in data rights: the person's export holds every time someone else opened their data
 * (R1); erasure removes those rows and takes the person's id out of rows where they were the actor (R2).
 */
@Injectable()
@UserDataParticipant()
export class AccessDataParticipant implements UserDataContributor {
  readonly dataArea = 'access-history';
  readonly exportFolder = { name: 'access-history', description: 'every time someone other than you opened your data: who, why and what' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly log: AccessLogRepository) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const rows = (await this.log.listForSubject(userId)).map((row) => ({
      at: row.at.toISOString(),
      actorRole: row.actorRole,
      basis: row.basis,
      reference: row.referenceId,
      reason: row.reason,
      resourceKind: row.resourceKind,
      resourceId: row.resourceId,
      permission: row.permission,
    }));
    return [{ path: 'access-history/access-log.json', content: JSON.stringify(rows, null, 2) }];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await this.log.eraseFor(em, userId);
  }
}
