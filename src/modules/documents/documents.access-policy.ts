import { Injectable } from '@nestjs/common';
import { AccessPolicy, type ResourcePolicy } from '../../platform/access/access-policy.js';
import type { ResourceKind } from '../../platform/access/permissions.js';
import { DocumentRepository } from './document.repository.js';
import { ResumeProfileRepository } from './resume-profile.repository.js';

/** Whose a document is, and whose a résumé's structured profile is (named by its document's id). */
@Injectable()
@AccessPolicy()
export class DocumentsAccessPolicy implements ResourcePolicy {
  readonly resourceKinds = ['document', 'profile'] as const;

  constructor(
    private readonly documents: DocumentRepository,
    private readonly profiles: ResumeProfileRepository,
  ) {}

  ownersOf(kind: ResourceKind, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return kind === 'profile' ? this.profiles.ownersOf(ids) : this.documents.ownersOf(ids);
  }
}
