import { Injectable } from '@nestjs/common';
import { AccessPolicy, type ResourcePolicy } from '../../platform/access/access-policy.js';
import { AnalysisRepository } from './analysis.repository.js';

/** Whose an analysis is. */
@Injectable()
@AccessPolicy()
export class AnalysisAccessPolicy implements ResourcePolicy {
  readonly resourceKinds = ['analysis'] as const;

  constructor(private readonly analyses: AnalysisRepository) {}

  ownersOf(_kind: 'analysis', ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return this.analyses.ownersOf(ids);
  }
}
