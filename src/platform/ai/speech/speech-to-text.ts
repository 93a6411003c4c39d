/**
 * The speech-to-text port. An adapter receives the path of a 16 kHz mono 16-bit PCM WAV file in the
 * private audio scratch directory (see `audio/audio-scratch.ts`); it never copies, keeps or logs the
 * audio or the transcript, and it deletes nothing: the caller owns the file and removes it in a
 * `finally` (promise V2).
 */
export interface SpeechToText {
  /** For log lines and the CLI: `pocketsphinx`, `gemini`. */
  readonly engine: string;
  /** Whether the engine can run here (binary and model present, or key configured). Cheap; cached by callers. */
  availability(): Promise<SpeechAvailability>;
  /** Whether this engine can recognise speech in `language` (ISO 639-1). */
  supports(language: string): boolean;
  transcribe(wavPath: string, options?: TranscribeOptions): Promise<Transcript>;
}

export interface TranscribeOptions {
  signal?: AbortSignal;
  /**
   * The language spoken (ISO 639-1: `en`, `ko`), a hint for engines that take one. Engines that
   * know only one language (PocketSphinx: English) answer `supports()` for the others with false.
   */
  language?: string;
}

export const SPEECH_TO_TEXT = Symbol('SPEECH_TO_TEXT');

export type SpeechAvailability = { available: true } | { available: false; reason: string };

/** One recognised word with its time span in seconds from the start of the recording. */
export interface RecognizedWord {
  word: string;
  start: number;
  end: number;
}

export interface Transcript {
  /** Lower- or mixed-case words separated by single spaces; '' when no speech was heard. */
  text: string;
  /** Word timings when the engine gives them (PocketSphinx does; Gemini does not: empty). */
  words: RecognizedWord[];
  /** Length of the audio, in seconds. */
  seconds: number;
  engine: string;
  /** How sure the engine is of the words, when it says (PocketSphinx: from its word posteriors). */
  confidence?: TranscriptConfidence;
}

export interface TranscriptConfidence {
  /** 0–1: the mean of the recogniser's per-word probabilities (0 when no word was heard). */
  score: number;
  /**
   * Below the engine's calibrated threshold: the text is likely wrong in places. Callers say so next
   * to it, compute no delivery figures from it and never quote it back as the person's own words.
   */
  low: boolean;
}

export type SpeechFailure = 'timeout' | 'unavailable' | 'failed';

/** The only error that leaves an adapter: our own message, never engine output or audio. */
export class SpeechToTextError extends Error {
  override name = 'SpeechToTextError';
  constructor(readonly reason: SpeechFailure) {
    super(
      reason === 'timeout'
        ? 'Speech recognition took too long.'
        : reason === 'unavailable'
          ? 'Speech recognition is not available right now.'
          : 'Speech recognition failed.',
    );
  }
}
