import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { AudioRetentionConsent, RetainedAudio } from './audio/retained-audio.entity.js';
import { InterviewTurn } from './interview-turn.entity.js';
import { Interview } from './interview.entity.js';
import { InterviewsService } from './interviews.service.js';
import { RECORDINGS_FOLDER, VoiceAnswersService } from './voice-answers.service.js';
import { EncryptedObjectStore } from '../../platform/vault/encrypted-object-store.service.js';

/**
 * Interviews in export (the conversation, reports, and any recordings kept by opt-in) and in
 * erasure: the rows in the transaction, then the recording objects this module wrote (the vault's
 * own erasure removes whatever else is left under the person's prefix).
 */
@Injectable()
@UserDataParticipant()
export class InterviewDataParticipant implements UserDataContributor {
  readonly dataArea = 'interviews';
  readonly exportFolder = {
    name: 'interviews',
    description: 'every practice interview: the questions, your answers, the scoring reports and any recordings you chose to keep',
  };
  readonly erasePhase = ERASE_PHASE.dependentRows;

  constructor(
    private readonly interviews: InterviewsService,
    private readonly voice: VoiceAnswersService,
    private readonly store: EncryptedObjectStore,
  ) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const entries: ExportEntry[] = [];
    const rows = [];
    for (const interview of await this.interviews.list(userId)) {
      const view = await this.interviews.view(userId, interview.id);
      const retained = await this.voice.retainedFor(userId, view.turns.map((t) => t.id));
      for (const audio of retained) {
        const bytes = await this.voice.retainedAudio(userId, audio.id);
        if (bytes) entries.push({ path: `interviews/${interview.id}/recordings/${audio.id}.wav`, content: bytes });
      }
      rows.push({
        id: interview.id,
        role: interview.role,
        kind: interview.kind,
        status: interview.status,
        interviewer: interview.interviewer,
        jobDescription: view.jobText ?? null,
        startedAt: interview.createdAt.toISOString(),
        completedAt: interview.completedAt?.toISOString() ?? null,
        overall: interview.overall ?? null,
        conversation: view.turns.map((t) => ({
          question: t.question,
          followUp: t.isFollowUp,
          answer: t.answer ?? null,
          answeredBy: t.answeredBy ?? null,
          delivery: t.delivery ?? null,
          report: t.report ?? null,
        })),
        summary: view.summary ?? null,
        keptRecordings: retained.map((a) => ({ file: `recordings/${a.id}.wav`, seconds: a.seconds, expiresAt: a.expiresAt.toISOString() })),
      });
    }
    const consent = await this.voice.consentGivenAt(userId);
    entries.push({
      path: 'interviews/interviews.json',
      content: JSON.stringify({ keepRecordingsOptIn: consent ? { givenAt: consent.toISOString() } : null, interviews: rows }, null, 2),
    });
    return entries;
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(RetainedAudio, { owner: userId });
    await em.nativeDelete(AudioRetentionConsent, { owner: userId });
    await em.nativeDelete(InterviewTurn, { owner: userId });
    await em.nativeDelete(Interview, { owner: userId });
  }

  /** Kept recordings are objects, outside the transaction: removed once the rows are gone for good. */
  async afterErase(userId: string): Promise<void> {
    await this.store.deleteUserFolder(userId, RECORDINGS_FOLDER);
  }
}
