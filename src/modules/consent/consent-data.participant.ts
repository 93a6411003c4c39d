import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { ConsentLedgerRepository } from './consent-ledger.repository.js';

/**
 * The consent module's part of export (R1: "consents") and erasure (R2). Erasure unlinks the account
 * from its decisions instead of deleting them: the ledger is append-only evidence (C4), and without
 * the account id a row names only a random browser id, a /24 network and a browser family.
 */
@Injectable()
@UserDataParticipant()
export class ConsentDataParticipant implements UserDataContributor {
  readonly dataArea = 'consent';
  readonly exportFolder = { name: 'consent', description: 'your cookie, analytics and advertising choices, each with when and how you made it' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly ledger: ConsentLedgerRepository) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const history = await this.ledger.historyForAccount(userId);
    const rows = history.map((h) => ({ ...h, recordedAt: h.recordedAt.toISOString() }));
    return [{ path: 'consent/consent-history.json', content: JSON.stringify(rows, null, 2) }];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await this.ledger.unlinkAccount(userId, em);
  }
}
