import { DiscoveryService } from '@nestjs/core';
import type { ResourceKind } from './permissions.js';

/**
 * A module's answer to "whose is this?" for the resource kinds it owns. Marked `@AccessPolicy()` and
 * found at start-up; two policies for one kind stop the boot.
 */
export interface ResourcePolicy {
  readonly resourceKinds: readonly ResourceKind[];
  /** The owner's user id of each existing resource among `ids`; ids that do not exist are left out. */
  ownersOf(kind: ResourceKind, ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

export const AccessPolicy = DiscoveryService.createDecorator<void>();
