import { Logger, type LoggerService } from '@nestjs/common';
import { z } from 'zod';
import { AiProviderError } from '../ai-provider.error.js';
import { postToModelServer, RefusableOption, type ModelServerEndpoint } from '../openai-compatible-http.js';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from '../retry-policy.js';
import { wordsOf } from './delivery.js';
import { transcribeRemotely } from './remote-transcription.js';
import {
  SpeechToTextError,
  type RecognizedWord,
  type SpeechAvailability,
  type SpeechToText,
  type TranscribeOptions,
  type Transcript,
  type TranscriptConfidence,
} from './speech-to-text.js';

export interface OpenAiCompatibleSpeechToTextOptions extends ModelServerEndpoint {
  model: string;
  /**
   * A transcript whose mean word probability (whisper's `probability` per word) is below this is
   * marked low-confidence. Not calibrated here (no Whisper server on the build machine): 0.5 is
   * whisper's own "probably wrong" line; operators can adjust it after listening to their server.
   */
  lowConfidenceBelow?: number;
  /** Per request (each retry gets its own). */
  timeoutMs: number;
  retry?: RetryPolicy;
  logger?: LoggerService;
}

const timing = { start: z.number().finite().min(0), end: z.number().finite().min(0) };
const timedWordSchema = z.object({ word: z.string().max(1_000), ...timing, probability: z.number().finite().min(0).max(1).optional().catch(undefined) });

/**
 * `verbose_json` (OpenAI's shape, which faster-whisper-server, whisper.cpp server, LocalAI and vLLM
 * follow) or plain `json`: only `text` is required; timings are read when present and well-formed.
 */
const transcriptionSchema = z.object({
  text: z.string().max(100_000),
  words: z.array(timedWordSchema).max(50_000).optional().catch(undefined),
  segments: z
    .array(z.object({ text: z.string().max(100_000), ...timing, words: z.array(timedWordSchema).max(50_000).optional().catch(undefined) }))
    .max(10_000)
    .optional()
    .catch(undefined),
});
type Transcription = z.infer<typeof transcriptionSchema>;

/** The recording's name in the upload: fixed, so not even the random scratch file name leaves. */
const UPLOAD_NAME = 'answer.wav';

/**
 * A self-hosted speech server speaking the OpenAI transcription protocol
 * (`POST {base}/v1/audio/transcriptions`, multipart): faster-whisper-server, whisper.cpp server,
 * LocalAI, vLLM.
 *
 * Audio lifecycle (V2–V4): the WAV is read from the caller's scratch file into memory, sent, and the
 * buffer zeroed in `finally`; nothing is written anywhere, the caller deletes its file. The request
 * carries the audio, the model name, the answer format and the session's language (`language=ko`
 * for a Korean session, so the server does not guess): no user id or prompt (D5's rule, applied to
 * audio). The transcript lives only in local variables; the log line is engine,
 * outcome, latency and audio length (V4), and errors leave as SpeechToTextError with our message.
 *
 * Word timings feed the delivery metrics, so `verbose_json` with word and segment timestamps is asked
 * for. A server that refuses it (400/422) is asked again once with plain `json` and not asked for
 * `verbose_json` again; then there are no timings and delivery falls back to the recording length.
 */
export class OpenAiCompatibleSpeechToText implements SpeechToText {
  readonly engine = 'openai-compatible';
  private readonly endpoint: ModelServerEndpoint;
  private readonly retry: RetryPolicy;
  private readonly logger: LoggerService;
  private readonly verbose = new RefusableOption();

  constructor(private readonly options: OpenAiCompatibleSpeechToTextOptions) {
    this.endpoint = { baseUrl: options.baseUrl, apiKey: options.apiKey };
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.logger = options.logger ?? new Logger('SpeechToText');
  }

  /** Configuration guarantees a server URL when this engine is chosen; whether it answers shows on the first call. */
  availability(): Promise<SpeechAvailability> {
    return Promise.resolve({ available: true });
  }

  /** Whisper models are multilingual; the language is passed on as a hint. */
  supports(): boolean {
    return true;
  }

  transcribe(wavPath: string, options: TranscribeOptions = {}): Promise<Transcript> {
    return transcribeRemotely('openai-compatible', this.logger, wavPath, async (wav) => {
      const answer = await this.requestTranscription(wav, options.language, options.signal);
      const text = answer.text.replace(/\s+/g, ' ').trim();
      const confidence = text ? wordConfidence(answer, this.options.lowConfidenceBelow ?? 0.5) : undefined;
      return { text, words: text ? timedWords(answer) : [], ...(confidence ? { confidence } : {}) };
    });
  }

  private async requestTranscription(wav: Buffer<ArrayBuffer>, language: string | undefined, callerSignal: AbortSignal | undefined): Promise<Transcription> {
    const answer = await withRetries(this.retry, async () => {
      if (callerSignal?.aborted) throw new AiProviderError('timeout');
      const timeout = AbortSignal.timeout(this.options.timeoutMs);
      const signal = callerSignal ? AbortSignal.any([timeout, callerSignal]) : timeout;
      return this.verbose.run((verbose) => this.post(wav, verbose, language, signal));
    });
    const parsed = transcriptionSchema.safeParse(answer);
    if (!parsed.success) throw new SpeechToTextError('failed');
    return parsed.data;
  }

  private post(wav: Buffer<ArrayBuffer>, verbose: boolean, language: string | undefined, signal: AbortSignal): Promise<unknown> {
    const form = new FormData();
    // The Blob is a second in-memory copy, released with the request; it is never written to disk.
    form.append('file', new Blob([wav], { type: 'audio/wav' }), UPLOAD_NAME);
    form.append('model', this.options.model);
    form.append('response_format', verbose ? 'verbose_json' : 'json');
    // ISO 639-1, as the OpenAI protocol takes it; only our own fixed codes ever reach here.
    if (language && /^[a-z]{2}$/.test(language)) form.append('language', language);
    if (verbose) {
      form.append('timestamp_granularities[]', 'word');
      form.append('timestamp_granularities[]', 'segment');
    }
    return postToModelServer(this.endpoint, '/v1/audio/transcriptions', form, signal);
  }
}

/**
 * Word timings from the answer: the server's own word list when it gave one (top level, or inside the
 * segments); otherwise each segment's words spread evenly over the segment, which keeps the pauses
 * between segments (the ones delivery counts) and the speaking time right. Out-of-order or inverted
 * spans mean the timings cannot be trusted: none then.
 */
function timedWords(answer: Transcription): RecognizedWord[] {
  const listed = answer.words?.length ? answer.words : (answer.segments ?? []).flatMap((s) => s.words ?? []);
  const words: RecognizedWord[] = listed.length
    ? listed.map((w) => ({ word: w.word.trim().toLowerCase(), start: w.start, end: w.end })).filter((w) => w.word !== '')
    : (answer.segments ?? []).flatMap((segment) => spreadOver(segment));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.end < w.start || (i > 0 && w.start < words[i - 1]!.start)) return [];
  }
  return words;
}

/** The mean of whisper's word probabilities, when the server gave them for every word; else none. */
function wordConfidence(answer: Transcription, lowBelow: number): TranscriptConfidence | undefined {
  const listed = answer.words?.length ? answer.words : (answer.segments ?? []).flatMap((s) => s.words ?? []);
  if (listed.length === 0 || listed.some((w) => w.probability === undefined)) return undefined;
  const score = listed.reduce((sum, w) => sum + w.probability!, 0) / listed.length;
  return { score: Math.round(score * 1000) / 1000, low: score < lowBelow };
}

function spreadOver(segment: { text: string; start: number; end: number }): RecognizedWord[] {
  const tokens = wordsOf(segment.text);
  const step = tokens.length > 0 ? (segment.end - segment.start) / tokens.length : 0;
  return tokens.map((word, i) => ({ word, start: segment.start + i * step, end: segment.start + (i + 1) * step }));
}
