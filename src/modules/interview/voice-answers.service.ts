import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { QuotaService } from '../billing/index.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { User } from '../../platform/identity/user.entity.js';
import { EncryptedObjectStore } from '../../platform/vault/encrypted-object-store.service.js';
import { AudioScratch } from '../../platform/ai/speech/audio-scratch.js';
import { AUDIO_RETENTION_DAYS, RetainedAudio } from './audio/retained-audio.entity.js';
import { RetainedAudioRepository } from './audio/retained-audio.repository.js';
import { AudioRejectedError, toSpeechWav } from '../../platform/ai/speech/speech-wav.js';
import type { Delivery } from './engine/interview-types.js';
import { InterviewTurn } from './interview-turn.entity.js';
import { InterviewsService } from './interviews.service.js';
import { RecordingRejectedError, TranscriptionFailedError } from './interview.errors.js';
import { measureDelivery } from '../../platform/ai/speech/delivery.js';
import { WorkSlots } from '../../platform/ai/speech/work-slots.js';
import { SPEECH_TO_TEXT, SpeechToTextError, type SpeechAvailability, type SpeechToText, type TranscriptConfidence } from '../../platform/ai/speech/speech-to-text.js';
import { messageKey } from '../../platform/contracts/domain-error.js';
import type { InterviewLocale } from './engine/interview-types.js';

/** Costly work is rate-limited per person (a practice answer is rarely re-recorded this often). */
export const TRANSCRIPTIONS_PER_HOUR = 60;

/** Kept recordings (opt-in, promise V4) are objects under `users/<ownerId>/<RECORDINGS_FOLDER>/`. */
export const RECORDINGS_FOLDER = 'interview-audio';

export interface TranscribedAnswer {
  text: string;
  seconds: number;
  engine: string;
  /** None when the transcript's confidence was low: figures from misheard words would mislead. */
  delivery: Delivery | undefined;
  /** The engine's confidence in the transcript, when it gives one. */
  confidence: TranscriptConfidence | undefined;
  /** True when the recording was kept (only with the separate opt-in, promise V4). */
  kept: boolean;
}

/**
 * Voice answers (promises V2–V4). A recording exists as a request body in memory and, for the
 * seconds of recognition, as one private file in the scratch directory that `AudioScratch` deletes
 * in a `finally`, on success and on failure. The buffers are zeroed afterwards. Only the transcript
 * and delivery numbers go on; the audio never reaches the database or object storage, unless the
 * user gave the separate opt-in, in which case an encrypted copy is kept for at most 90 days.
 */
@Injectable()
export class VoiceAnswersService {
  private readonly logger = new Logger('VoiceAnswers');
  private availabilityCheck: Promise<SpeechAvailability> | undefined;
  /** Recognition is CPU-bound: one at a time per core, and a short queue; beyond it, "busy, try again". */
  private readonly slots = new WorkSlots(Math.max(1, availableParallelism()), 2 * Math.max(1, availableParallelism()));

  constructor(
    private readonly em: EntityManager,
    private readonly retained: RetainedAudioRepository,
    private readonly store: EncryptedObjectStore,
    private readonly interviews: InterviewsService,
    private readonly scratch: AudioScratch,
    @Inject(SPEECH_TO_TEXT) private readonly speech: SpeechToText,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly quota: QuotaService,
  ) {}

  /** Checked once per process: whether the engine is installed does not change while we run. */
  availability(): Promise<SpeechAvailability> {
    this.availabilityCheck ??= this.speech.availability().catch((): SpeechAvailability => ({ available: false, reason: 'Speech recognition could not be checked.' }));
    return this.availabilityCheck;
  }

  /**
   * Whether the engine can recognise the session's language. PocketSphinx has only an English model
   * here: Korean answers need a configured speech service, and the English model is never run on them.
   */
  supports(locale: InterviewLocale): boolean {
    return this.speech.supports(locale);
  }

  async transcribe(ownerId: string, interviewId: string, turnId: string, audio: Buffer): Promise<TranscribedAnswer> {
    let wav: Buffer | undefined;
    let charged = 0;
    try {
      // Checked before any work: the question must still be waiting for this answer.
      await this.interviews.currentTurn(ownerId, interviewId, turnId);
      const availability = await this.availability();
      if (!availability.available) throw new TranscriptionFailedError('UNAVAILABLE', availability.reason);
      const { locale } = await this.interviews.get(ownerId, interviewId);
      if (!this.supports(locale)) {
        throw new TranscriptionFailedError('UNAVAILABLE', 'Voice answers in Korean need a speech recognition service configured on this server. Please type your answer.', {
          messageKey: messageKey('interview:errors.voiceNeedsService'),
        });
      }

      const converted = toSpeechWav(audio, this.config.audio.maxSeconds);
      wav = converted.wav;
      // The plan's transcription minutes are taken before the engine runs, and given back if it fails.
      const seconds = Math.ceil(converted.seconds);
      await this.quota.consume(ownerId, 'voice_seconds', seconds);
      charged = seconds;
      const transcript = await this.slots.run(() => this.scratch.withAudioFile(converted.wav, (path) => this.speech.transcribe(path, { language: locale })));
      charged = 0;
      // A transcript the engine doubts gives no pace or filler figures: they would describe misheard words.
      const delivery = transcript.confidence?.low ? undefined : measureDelivery(transcript);
      await this.interviews.recordTranscription(ownerId, interviewId, turnId, { delivery, confidence: transcript.confidence });
      const kept = await this.keepIfConsented(ownerId, turnId, converted.wav, converted.seconds);
      return { text: transcript.text, seconds: transcript.seconds, engine: transcript.engine, delivery, confidence: transcript.confidence, kept };
    } catch (error) {
      if (charged > 0) await this.quota.release(ownerId, 'voice_seconds', charged);
      if (error instanceof AudioRejectedError) throw new RecordingRejectedError(error.message, { cause: error });
      if (error instanceof SpeechToTextError) {
        this.logger.warn(`Transcription failed (${this.speech.engine}): ${error.reason}`);
        const code = error.reason === 'timeout' ? 'TIMEOUT' : 'UNAVAILABLE';
        throw new TranscriptionFailedError(code, `${error.message} Your recording was deleted. Try again, or type your answer.`, { cause: error });
      }
      throw error;
    } finally {
      // Nothing of the recording outlives the request in our memory either.
      audio.fill(0);
      wav?.fill(0);
    }
  }

  async consentGivenAt(ownerId: string): Promise<Date | undefined> {
    return (await this.retained.consentOf(ownerId))?.grantedAt;
  }

  async grantRetention(ownerId: string): Promise<void> {
    await this.retained.grantConsent(ownerId);
  }

  /** Revoking deletes every kept recording at once (promise V4). */
  async revokeRetention(ownerId: string): Promise<number> {
    await this.retained.revokeConsent(ownerId);
    return this.deleteRetained(await this.retained.listOwned(ownerId));
  }

  /** Kept recordings of an interview's answers, deleted before the interview itself. */
  async deleteRetainedForInterview(ownerId: string, interviewId: string): Promise<number> {
    return this.deleteRetained(await this.retained.listForInterview(ownerId, interviewId));
  }

  /** Scheduled: recordings past their expiry are deleted (at most 90 days, promise V4). */
  async purgeExpired(now = new Date()): Promise<number> {
    return this.deleteRetained(await this.retained.listExpired(now));
  }

  /** Scheduled and at start-up: temporary audio orphaned by a crash is removed (promise V3). */
  sweepScratch(olderThanMs: number): Promise<number> {
    return this.scratch.sweep(olderThanMs);
  }

  retainedFor(ownerId: string, turnIds: string[]): Promise<RetainedAudio[]> {
    if (turnIds.length === 0) return Promise.resolve([]);
    return this.retained.listForTurns(ownerId, turnIds);
  }

  async retainedAudio(ownerId: string, retainedId: string): Promise<Buffer | undefined> {
    const row = await this.retained.findPlayable(ownerId, retainedId);
    return row ? this.store.getObject(ownerId, row.objectKey) : undefined;
  }

  private async keepIfConsented(ownerId: string, turnId: string, wav: Buffer, seconds: number): Promise<boolean> {
    if (!(await this.consentGivenAt(ownerId))) return false;
    const em = this.em.fork();
    const row = em.create(RetainedAudio, {
      owner: em.getReference(User, ownerId),
      turn: em.getReference(InterviewTurn, turnId),
      objectKey: '',
      bytes: wav.length,
      seconds,
      expiresAt: new Date(Date.now() + AUDIO_RETENTION_DAYS * 86_400_000),
    });
    row.objectKey = `users/${ownerId}/${RECORDINGS_FOLDER}/${row.id}.wav`;
    // The object first: a row never points at nothing; an object without a row is removed with the account.
    await this.store.putObject(ownerId, row.objectKey, wav);
    await em.flush();
    return true;
  }

  private async deleteRetained(rows: RetainedAudio[]): Promise<number> {
    const em = this.em.fork();
    for (const row of rows) {
      await this.store.deleteObject(row.objectKey);
      await this.retained.deleteRow(em, row.owner.id, row.id);
    }
    return rows.length;
  }
}
