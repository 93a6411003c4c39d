import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../contracts/user-data-participant.js';

/**
 * Per-person rate-limit counters are keyed by the account id (`person:<id>`, see
 * platform/web/per-person-throttler.guard.ts). They expire within the hour, but erasure (R2) does not
 * wait: the person's counters go with the account. Nothing to export: a count of recent requests.
 */
@Injectable()
@UserDataParticipant()
export class RateLimitsDataParticipant implements UserDataContributor {
  readonly dataArea = 'rate-limits';
  readonly exportFolder = null;
  readonly erasePhase = ERASE_PHASE.rows;

  exportUserData(): Promise<ExportEntry[]> {
    return Promise.resolve([]);
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.execute(`delete from "rate_limit_counter" where "key" like '%' || ? || '%'`, [userId]);
  }
}
