import { Injectable } from '@nestjs/common';
import { AccessPolicy, type ResourcePolicy } from '../../../platform/access/access-policy.js';
import type { ResourceKind } from '../../../platform/access/permissions.js';
import { DataRequestsRepository } from './data-requests.repository.js';

/** Whose a data request is: its requester's (requests from the public form have no account and no owner here). */
@Injectable()
@AccessPolicy()
export class DataRequestAccessPolicy implements ResourcePolicy {
  readonly resourceKinds = ['data_request'] as const satisfies readonly ResourceKind[];

  constructor(private readonly requests: DataRequestsRepository) {}

  ownersOf(_kind: ResourceKind, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return this.requests.ownersOf(ids);
  }
}
