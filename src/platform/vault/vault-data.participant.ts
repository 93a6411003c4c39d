import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../contracts/user-data-participant.js';
import { EncryptedObjectStore } from './encrypted-object-store.service.js';

/**
 * The vault's own part in erasure (R2): it owns the person's data key and every object under their
 * prefix, whichever module wrote it. It runs after every module's rows and before the user row.
 */
@Injectable()
@UserDataParticipant()
export class VaultDataParticipant implements UserDataContributor {
  readonly dataArea = 'vault';
  /** Keys are never exported; each module exports its own objects, decrypted, in its own folder. */
  readonly exportFolder = null;
  readonly erasePhase = ERASE_PHASE.vault;

  constructor(private readonly store: EncryptedObjectStore) {}

  exportUserData(): Promise<ExportEntry[]> {
    return Promise.resolve([]);
  }

  /** Destroying the data key in the erasure transaction makes every encrypted column and object unreadable at the commit. */
  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await this.store.shred(userId, em);
  }

  /** Object storage cannot join the transaction: the (already unreadable) objects are removed after it. */
  async afterErase(userId: string): Promise<void> {
    await this.store.deleteAllObjects(userId);
  }
}
