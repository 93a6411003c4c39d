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
  transcribe(wavPath: string, options?: { signal?: AbortSignal }): Promise<Transcript>;
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
