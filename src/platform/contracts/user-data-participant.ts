import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One file in a user's export archive, e.g. `accounts/profile.json` or `documents/cv.pdf`. */
export interface ExportEntry {
  path: string;
  content: string | Buffer;
}

/** The folder a participant writes in the export archive, with the one line its README says about it. */
export interface ExportFolder {
  /** A single path segment, e.g. `interviews`; every entry the participant exports lies under it. */
  name: string;
  description: string;
}

/**
 * The data-rights contract (promises R1, R2). Every module that stores data about a user implements
 * it on one provider marked `@UserDataParticipant()`; compliance finds them all at start-up, so a
 * new module cannot be forgotten in export or erasure.
 */
export interface UserDataContributor {
  /** Label in logs and in the export manifest. */
  readonly dataArea: string;
  /** Where this participant's files go in the export; null when it exports nothing (the vault's keys). */
  readonly exportFolder: ExportFolder | null;
  /**
   * Erasure order: lower runs first — see ERASE_PHASE. Every module's rows go first, then the
   * vault destroys the data key, and the accounts module erases the user row itself last.
   */
  readonly erasePhase: number;
  exportUserData(userId: string): Promise<ExportEntry[]>;
  /** Deletes everything of this user's within the given transaction. */
  eraseUserData(userId: string, em: EntityManager): Promise<void>;
  /** Work that cannot roll back (object storage, key destruction) runs after the commit. */
  afterErase?(userId: string): Promise<void>;
}

export const UserDataParticipant = DiscoveryService.createDecorator<void>();

/** The erasure phases, in order. Modules whose rows reference another module's rows erase earlier. */
export const ERASE_PHASE = {
  /** Rows that reference other modules' rows (analyses and interviews reference documents). */
  dependentRows: 5,
  /** A module's own rows. */
  rows: 10,
  /** The vault: the person's data key (in the transaction) and objects (after the commit). */
  vault: 90,
  /** The user row itself. */
  account: 100,
} as const;
