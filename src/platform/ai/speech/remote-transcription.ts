import { readFile } from 'node:fs/promises';
import type { LoggerService } from '@nestjs/common';
import { AiProviderError } from '../ai-provider.error.js';
import { logSpeechCall, type SpeechCallEvent } from './speech-call-log.js';
import { SpeechToTextError, type RecognizedWord, type Transcript, type TranscriptConfidence } from './speech-to-text.js';
import { readWavFormat } from './speech-wav.js';

/**
 * The audio lifecycle every engine that sends the recording to a server shares (V2–V4): the caller's
 * scratch file is read into memory, `send` gets the bytes, the buffer is zeroed in `finally`, nothing
 * is written. The one log line is engine, outcome, latency and audio length; only SpeechToTextError
 * leaves, with our own message (a server's error can quote what was said).
 */
export async function transcribeRemotely(
  engine: SpeechCallEvent['engine'],
  logger: LoggerService,
  wavPath: string,
  send: (wav: Buffer<ArrayBuffer>) => Promise<{ text: string; words: RecognizedWord[]; confidence?: TranscriptConfidence }>,
): Promise<Transcript> {
  const started = performance.now();
  let seconds = Number.NaN;
  let wav: Buffer<ArrayBuffer> | undefined;
  try {
    wav = await readFile(wavPath);
    try {
      seconds = readWavFormat(wav).seconds;
    } catch {
      throw new SpeechToTextError('failed'); // converted by us before: a bad file here is our bug
    }
    const { text, words, confidence } = await send(wav);
    logSpeechCall(logger, { engine, outcome: 'ok', latencyMs: performance.now() - started, audioSeconds: seconds });
    return { text, words, seconds, engine, ...(confidence ? { confidence } : {}) };
  } catch (error) {
    const safe = toSpeechError(error);
    logSpeechCall(logger, { engine, outcome: safe.reason, latencyMs: performance.now() - started, audioSeconds: seconds });
    throw safe;
  } finally {
    wav?.fill(0);
  }
}

function toSpeechError(error: unknown): SpeechToTextError {
  if (error instanceof SpeechToTextError) return error;
  if (error instanceof AiProviderError) {
    if (error.reason === 'timeout') return new SpeechToTextError('timeout');
    if (error.reason === 'unavailable') return new SpeechToTextError('unavailable');
  }
  return new SpeechToTextError('failed');
}
