import { Injectable } from '@nestjs/common';
import { AccessPolicy, type ResourcePolicy } from '../../platform/access/access-policy.js';
import type { ResourceKind } from '../../platform/access/permissions.js';
import { RetainedAudioRepository } from './audio/retained-audio.repository.js';
import { InterviewRepository } from './interview.repository.js';

/** Whose an interview, one of its turns, or a recording kept by opt-in is. */
@Injectable()
@AccessPolicy()
export class InterviewAccessPolicy implements ResourcePolicy {
  readonly resourceKinds = ['interview', 'turn', 'recording'] as const;

  constructor(
    private readonly interviews: InterviewRepository,
    private readonly recordings: RetainedAudioRepository,
  ) {}

  ownersOf(kind: ResourceKind, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (kind === 'turn') return this.interviews.ownersOfTurns(ids);
    if (kind === 'recording') return this.recordings.ownersOf(ids);
    return this.interviews.ownersOfInterviews(ids);
  }
}
