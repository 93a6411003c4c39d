import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessPolicy, type ResourcePolicy } from '../../../platform/access/access-policy.js';
import type { ResourceKind } from '../../../platform/access/permissions.js';
import { Application } from '../application.entity.js';

/**
 * Whose an application is, for its message thread: the candidate's. An application whose candidate
 * erased their account has no owner, so everyone gets "not found" on its thread.
 */
@Injectable()
@AccessPolicy()
export class ApplicationAccessPolicy implements ResourcePolicy {
  readonly resourceKinds = ['application'] as const satisfies readonly ResourceKind[];

  constructor(private readonly em: EntityManager) {}

  async ownersOf(_kind: ResourceKind, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const rows = await this.em.fork().find(Application, { id: { $in: [...ids] }, applicant: { $ne: null } }, { fields: ['id', 'applicant'] });
    return new Map(rows.map((row) => [row.id, row.applicant!.id]));
  }
}
