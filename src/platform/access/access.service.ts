import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ResourceNotFoundError } from '../contracts/domain-error.js';
import { currentAccessOrigin } from './access-context.js';
import { accessHistoryRow, type AccessHistoryRow } from './access-history.js';
import { AccessGrantSource, type AccessGrantMatch, type AccessRequest, type GrantSource } from './access-grant-source.js';
import { AccessLogRepository, type AccessLogEntry } from './access-log.repository.js';
import { AccessPolicy, type ResourcePolicy } from './access-policy.js';
import { resourceKindOf, type Actor, type Permission, type ResourceKind } from './permissions.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What `require` allowed: whose each resource is, so the use case reads it with its owner's key and id. */
export class AccessDecision {
  constructor(private readonly owners: ReadonlyMap<string, string>) {}

  /** The owner of the resource asked about (or of all of them, when several were asked and share one). */
  get ownerId(): string {
    const distinct = new Set(this.owners.values());
    if (distinct.size !== 1) throw new Error('These resources have different owners: use ownerOf(id)');
    return [...distinct][0]!;
  }

  ownerOf(id: string): string {
    const owner = this.owners.get(id);
    if (!owner) throw new Error('Access to that id was not asked for');
    return owner;
  }
}

/**
 * The one access check (promises D2, A3, H1). The owner is allowed and not logged. Anyone else is
 * allowed only on a share grant or a support case, and then the same call writes an access-log row
 * the owner sees. Everything else — a malformed id, a missing row, someone else's row without a grant
 * — gets the same "not found", so ids reveal nothing.
 */
@Injectable()
export class AccessService implements OnModuleInit {
  private readonly policies = new Map<ResourceKind, ResourcePolicy>();
  private grantSources: GrantSource[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly em: EntityManager,
    private readonly log: AccessLogRepository,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: AccessPolicy.KEY })) {
      const policy = wrapper.instance as ResourcePolicy;
      for (const kind of policy.resourceKinds) {
        if (this.policies.has(kind)) throw new Error(`Two access policies claim the resource kind "${kind}"`);
        this.policies.set(kind, policy);
      }
    }
    this.grantSources = this.discovery.getProviders({ metadataKey: AccessGrantSource.KEY }).map((wrapper) => wrapper.instance as GrantSource);
  }

  /** The resource kinds some module answers for (a permission without one fails loudly when used). */
  get resourceKinds(): ResourceKind[] {
    return [...this.policies.keys()];
  }

  /**
   * Allows `actor` to `permission` the resources `ids`, or throws the not-found domain error. Pass the
   * transaction's EntityManager when the use case runs in one: the access-log row joins it.
   */
  async require(actor: Actor, permission: Permission, ids: string | readonly string[], em: EntityManager = this.em): Promise<AccessDecision> {
    const wanted = [...new Set(typeof ids === 'string' ? [ids] : ids)];
    if (wanted.length === 0 || !wanted.every((id) => UUID.test(id))) throw new ResourceNotFoundError();
    const resourceKind = resourceKindOf(permission);
    const policy = this.policies.get(resourceKind);
    if (!policy) throw new Error(`No module answers for the resource kind "${resourceKind}"`);

    const owners = await policy.ownersOf(resourceKind, wanted);
    const entries: AccessLogEntry[] = [];
    const origin = currentAccessOrigin();
    for (const resourceId of wanted) {
      const ownerId = owners.get(resourceId);
      if (!ownerId) throw new ResourceNotFoundError();
      if (ownerId === actor.id) continue;
      const request: AccessRequest = { actor, permission, resourceKind, resourceId, ownerId };
      const match = await this.findGrant(request, em);
      if (!match) throw new ResourceNotFoundError();
      entries.push({
        subjectUserId: ownerId,
        actorId: actor.id,
        actorRole: actor.role,
        basis: match.basis,
        referenceId: match.referenceId,
        reason: match.reason,
        resourceKind,
        resourceId,
        permission,
        ip: origin?.ip,
        via: origin?.via,
      });
    }
    // Only once every id is allowed: a refused batch leaves no trace that could tell ids apart.
    for (const entry of entries) await this.log.record(em, entry);
    return new AccessDecision(new Map(wanted.map((id) => [id, owners.get(id)!])));
  }

  /** What the person sees under "Who else opened your data" (newest first). */
  async historyFor(userId: string, limit = 200): Promise<AccessHistoryRow[]> {
    return (await this.log.listForSubject(userId, limit)).map(accessHistoryRow);
  }

  private async findGrant(request: AccessRequest, em: EntityManager): Promise<(AccessGrantMatch & { basis: GrantSource['basis'] }) | undefined> {
    for (const source of this.grantSources) {
      const match = await source.find(request, em);
      if (match) return { ...match, basis: source.basis };
    }
    return undefined;
  }
}
