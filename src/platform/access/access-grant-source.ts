import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Permission, ResourceKind } from './permissions.js';

/** Why someone other than the owner may open a resource: a share grant (S1) or a support case (H1). */
export const ACCESS_BASES = ['grant', 'case'] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

export interface AccessRequest {
  actor: Actor;
  permission: Permission;
  resourceKind: ResourceKind;
  resourceId: string;
  ownerId: string;
}

/** A grant or case that allows the request: recorded in the access log and shown to the owner. */
export interface AccessGrantMatch {
  /** The grant's or case's id. */
  referenceId: string;
  /** In words the owner understands, e.g. "Support request #123: correction of your profile". */
  reason: string;
}

/**
 * Asked only when the actor is not the owner. Share grants (jobs) and support cases (compliance)
 * implement it on a provider marked `@AccessGrantSource()`; the first match wins.
 */
export interface GrantSource {
  readonly basis: AccessBasis;
  find(request: AccessRequest, em: EntityManager): Promise<AccessGrantMatch | undefined>;
}

export const AccessGrantSource = DiscoveryService.createDecorator<void>();
