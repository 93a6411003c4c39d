import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One file in a user's export archive, e.g. `accounts/profile.json` or `documents/cv.pdf`. */
export interface ExportEntry {
  path: string;
  content: string | Buffer;
}

/**
 * The data-rights contract (promises R1, R2). Every module that stores data about a user implements
 * it on one provider marked `@UserDataParticipant()`; compliance finds them all at start-up, so a
 * new module cannot be forgotten in export or erasure.
 */
export interface UserDataContributor {
  /** Folder name in the export archive and label in logs. */
  readonly dataArea: string;
  /**
   * Erasure order: lower runs first. The accounts module erases the user row itself last (100),
   * after every module has removed what references it.
   */
  readonly erasePhase: number;
  exportUserData(userId: string): Promise<ExportEntry[]>;
  /** Deletes everything of this user's within the given transaction. */
  eraseUserData(userId: string, em: EntityManager): Promise<void>;
  /** Work that cannot roll back (object storage, key destruction) runs after the commit. */
  afterErase?(userId: string): Promise<void>;
}

export const UserDataParticipant = DiscoveryService.createDecorator<void>();
