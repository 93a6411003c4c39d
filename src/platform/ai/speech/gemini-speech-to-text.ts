import { GoogleGenerativeAI, type GenerativeModel } from '@google/generative-ai';
import { Logger, type LoggerService } from '@nestjs/common';
import { z } from 'zod';
import { AiProviderError } from '../ai-provider.error.js';
import { classify as classifyGeminiError } from '../gemini-ai-provider.js';
import { parseModelJson } from '../model-json-answer.js';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from '../retry-policy.js';
import { transcribeRemotely } from './remote-transcription.js';
import { SpeechToTextError, type SpeechAvailability, type SpeechToText, type TranscribeOptions, type Transcript } from './speech-to-text.js';

export interface GeminiSpeechToTextOptions {
  apiKey: string;
  model: string;
  /** Unset: Google's endpoint. Tests point it at a local server speaking the same protocol. */
  baseUrl: string | undefined;
  /** Per request (each retry gets its own). */
  timeoutMs: number;
  retry?: RetryPolicy;
  logger?: LoggerService;
}

/** Fixed, written by us: it holds nothing about the user but the language of the session. */
function instruction(language: string | undefined): string {
  const spoken = language === 'ko' ? 'Korean' : 'English';
  const hesitations = language === 'ko' ? 'such as "음", "어" and "그"' : 'such as "um" and "uh"';
  return [
    `Transcribe the spoken ${spoken} in the attached recording verbatim, as a job candidate said it in a practice interview.`,
    `Keep hesitations ${hesitations}, repetitions and false starts; do not correct grammar, translate, summarise or add anything.`,
    'If nothing is said, the text is empty.',
    'Answer with exactly one JSON object and nothing else: {"text": "<the transcript>"}.',
  ].join('\n');
}

/** The languages the instruction is written for. */
const GEMINI_LANGUAGES = new Set(['en', 'ko']);

/** Far more than five minutes of speech; a longer answer is not a transcript. */
const transcriptAnswerSchema = z.object({ text: z.string().max(100_000) });

/**
 * Gemini through Google's official SDK. The request carries the fixed instruction and the audio as
 * inline data, nothing else: no user id, account, labels or metadata (promise D5's rule, applied to
 * audio). Audio cannot be pseudonymised, so the operator chooses this engine knowingly; the paid
 * tier's terms exclude it from training. The transcript lives only in local variables: it is never
 * logged, and errors leave as SpeechToTextError with our own message. Gemini gives no word timings.
 */
export class GeminiSpeechToText implements SpeechToText {
  readonly engine = 'gemini';
  private readonly generative: GenerativeModel;
  private readonly retry: RetryPolicy;
  private readonly logger: LoggerService;

  constructor(private readonly options: GeminiSpeechToTextOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.logger = options.logger ?? new Logger('SpeechToText');
    // As in GeminiAiProvider: the timeout is an AbortSignal per call, since the SDK's own timer is
    // never cleared and would hold the process open.
    this.generative = new GoogleGenerativeAI(options.apiKey).getGenerativeModel(
      { model: options.model, generationConfig: { responseMimeType: 'application/json', temperature: 0 } },
      { baseUrl: options.baseUrl },
    );
  }

  /** Configuration guarantees a key when this engine is chosen; whether it works shows on the first call. */
  availability(): Promise<SpeechAvailability> {
    return Promise.resolve(this.options.apiKey ? { available: true } : { available: false, reason: 'Gemini speech recognition has no API key configured.' });
  }

  supports(language: string): boolean {
    return GEMINI_LANGUAGES.has(language);
  }

  transcribe(wavPath: string, options: TranscribeOptions = {}): Promise<Transcript> {
    return transcribeRemotely('gemini', this.logger, wavPath, async (wav) => ({
      text: await this.requestTranscript(wav.toString('base64'), instruction(options.language), options.signal),
      words: [],
    }));
  }

  private async requestTranscript(audioBase64: string, prompt: string, callerSignal: AbortSignal | undefined): Promise<string> {
    const answer = await withRetries(this.retry, async () => {
      if (callerSignal?.aborted) throw new AiProviderError('timeout');
      const timeout = AbortSignal.timeout(this.options.timeoutMs);
      const signal = callerSignal ? AbortSignal.any([timeout, callerSignal]) : timeout;
      try {
        const { response } = await this.generative.generateContent(
          { contents: [{ role: 'user', parts: [{ text: prompt }, { inlineData: { mimeType: 'audio/wav', data: audioBase64 } }] }] },
          { signal },
        );
        return response.text();
      } catch (error) {
        throw classifyGeminiError(error, signal);
      }
    });
    let json: unknown;
    try {
      json = parseModelJson(answer);
    } catch {
      throw new SpeechToTextError('failed');
    }
    const parsed = transcriptAnswerSchema.safeParse(json);
    if (!parsed.success) throw new SpeechToTextError('failed');
    return parsed.data.text.replace(/\s+/g, ' ').trim();
  }
}
