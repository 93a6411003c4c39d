import {
  GoogleGenerativeAI,
  GoogleGenerativeAIAbortError,
  GoogleGenerativeAIError,
  GoogleGenerativeAIFetchError,
  GoogleGenerativeAIRequestInputError,
  GoogleGenerativeAIResponseError,
  type ErrorDetails,
  type GenerativeModel,
} from '@google/generative-ai';
import { Logger, type LoggerService } from '@nestjs/common';
import type { z } from 'zod';
import { logAiCall } from './ai-call-log.js';
import { bulletRewriteSchema, improvedSuggestionsSchema } from './ai-answer-schemas.js';
import type {
  AiProvider,
  BulletRewrite,
  ImprovedSuggestion,
  ImprovedSuggestions,
  ImproveSuggestionsInput,
  RewriteBulletInput,
  SuggestionToImprove,
} from './ai-provider.js';
import { AiProviderError } from './ai-provider.error.js';
import { pseudonymizeParts } from '../privacy/pseudonymized-request.js';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from './retry-policy.js';

export interface GeminiAiProviderOptions {
  apiKey: string;
  model: string;
  /** Unset: Google's endpoint. Tests point it at a local server speaking the same protocol. */
  baseUrl: string | undefined;
  /** Per request (each retry gets its own). */
  timeoutMs: number;
  retry?: RetryPolicy;
  logger?: LoggerService;
}

/** Fixed instructions, written by us; they hold no user text and so need no pseudonymisation. */
const PREAMBLE = [
  'You help a job seeker improve their resume. Answer with exactly one JSON object and nothing else.',
  'Some values in the text were replaced by placeholders in square brackets, such as [PHONE_n], [EMAIL_n] or [ADDRESS_n].',
  'Keep any placeholder you use exactly as written and never guess what it stands for.',
  'Never invent employers, dates, degrees or numbers; write [X] where a number should go.',
].join('\n');

const PART_NAME = /^[a-z][a-z0-9_]{0,40}$/;

/**
 * Gemini through Google's official SDK (`@google/generative-ai`).
 *
 * Privacy (D3–D5), all enforced here, in the one method that talks to the network (`generateJson`):
 * - D4: every string of the request (task and parts) is pseudonymised before the prompt is built, and
 *   every string of the parsed answer is restored; the SDK never sees an original value.
 * - D5: the request carries the API key and the SDK's client header, nothing about the user: the
 *   port's inputs have no user id, and no metadata, labels, custom headers or cached content are
 *   sent. Training: the Gemini API's paid tier does not use prompts or answers to improve Google's
 *   models, so production must use a paid-tier (billing-enabled) key; nothing here stores a dataset.
 * - D3: the prompt and raw answer live only in local variables of one call. Nothing logs them; errors
 *   leave as AiProviderError with our own message (SDK errors can quote the request or the answer).
 */
export class GeminiAiProvider implements AiProvider {
  readonly name = 'gemini';
  readonly model: string;
  private readonly generative: GenerativeModel;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly logger: LoggerService;

  constructor(options: GeminiAiProviderOptions) {
    this.model = options.model;
    this.timeoutMs = options.timeoutMs;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.logger = options.logger ?? new Logger('AiProvider');
    // The timeout is enforced per call with an AbortSignal rather than the SDK's `timeout` option:
    // the SDK's timer is never cleared and would hold the process open for the full period.
    this.generative = new GoogleGenerativeAI(options.apiKey).getGenerativeModel(
      { model: options.model, generationConfig: { responseMimeType: 'application/json', temperature: 0.3 } },
      { baseUrl: options.baseUrl },
    );
  }

  async improveSuggestions(input: ImproveSuggestionsInput): Promise<ImprovedSuggestions> {
    if (input.suggestions.length === 0) return { suggestions: [] };
    const parts: Record<string, string> = { resume: input.resumeText };
    if (input.jobText) parts['job_description'] = input.jobText;
    input.suggestions.forEach((s, i) => (parts[`suggestion_${i + 1}`] = describeSuggestion(s)));
    const answer = await this.generateJson(
      [
        'For each suggestion part, write an improved replacement for the resume.',
        'Answer {"suggestions":[{"id":"<the suggestion id, unchanged>","after":"<improved text>","why":"<one sentence>"}]}.',
        'Start bullets with a strong action verb, keep them truthful to the resume, and use the job description, when given, to choose wording.',
      ].join('\n'),
      parts,
      improvedSuggestionsSchema,
    );
    const known = new Set(input.suggestions.map((s) => s.id));
    const seen = new Set<string>();
    const suggestions: ImprovedSuggestion[] = [];
    for (const s of answer.suggestions) {
      if (!known.has(s.id) || seen.has(s.id)) continue;
      seen.add(s.id);
      suggestions.push(s.why === undefined ? { id: s.id, after: s.after } : { id: s.id, after: s.after, why: s.why });
    }
    // An answer about none of our suggestions is no answer.
    if (suggestions.length === 0) throw new AiProviderError('invalid_response');
    return { suggestions };
  }

  async rewriteBullet(input: RewriteBulletInput): Promise<BulletRewrite> {
    const parts: Record<string, string> = { bullet: input.bullet };
    if (input.jobText) parts['job_description'] = input.jobText;
    const answer = await this.generateJson(
      [
        'Rewrite the resume bullet: open with a strong action verb in the past tense, drop duty phrasing such as "responsible for",',
        'state the result, and keep it to one line. Use the job description, when given, to choose wording.',
        'Answer {"rewrite":"<the rewritten bullet>"}.',
      ].join('\n'),
      parts,
      bulletRewriteSchema,
    );
    return { rewrite: answer.rewrite };
  }

  async generateJson<T>(task: string, parts: Record<string, string>, schema: z.ZodType<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await this.generateJsonOnce(task, parts, schema);
      logAiCall(this.logger, { provider: 'gemini', model: this.model, latencyMs: performance.now() - started, outcome: 'ok' });
      return result;
    } catch (error) {
      // Whatever went wrong, only our own error type leaves (see AiProviderError).
      const safe = error instanceof AiProviderError ? error : new AiProviderError('unavailable');
      const outcome = safe.reason === 'timeout' ? 'timeout' : 'error';
      logAiCall(this.logger, { provider: 'gemini', model: this.model, latencyMs: performance.now() - started, outcome });
      throw safe;
    }
  }

  private async generateJsonOnce<T>(task: string, parts: Record<string, string>, schema: z.ZodType<T>): Promise<T> {
    for (const name of Object.keys(parts)) if (!PART_NAME.test(name)) throw new TypeError(`Invalid prompt part name: ${name}`);
    // D4: pseudonymised together, so one value has one placeholder across the task and all parts.
    const request = pseudonymizeParts({ task, ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [`part_${k}`, v])) });
    const prompt = [
      PREAMBLE,
      `Task:\n${request.parts['task']}`,
      ...Object.keys(parts).map((name) => `<${name}>\n${request.parts[`part_${name}`]}\n</${name}>`),
    ].join('\n\n');

    const text = await withRetries(this.retry, async () => {
      const signal = AbortSignal.timeout(this.timeoutMs);
      try {
        const { response } = await this.generative.generateContent({ contents: [{ role: 'user', parts: [{ text: prompt }] }] }, { signal });
        return response.text();
      } catch (error) {
        throw classify(error, signal);
      }
    });

    let json: unknown;
    try {
      json = JSON.parse(stripCodeFence(text));
    } catch {
      throw new AiProviderError('invalid_response');
    }
    const parsed = schema.safeParse(request.restore(json));
    if (!parsed.success) throw new AiProviderError('invalid_response');
    return parsed.data;
  }
}

function describeSuggestion(s: SuggestionToImprove): string {
  const lines = [`id: ${s.id}`, `why: ${s.why}`];
  if (s.before !== undefined) lines.push(`before: ${s.before}`);
  if (s.after !== undefined) lines.push(`current suggestion: ${s.after}`);
  return lines.join('\n');
}

/** JSON mode answers bare JSON, but some models still wrap it in a Markdown fence. */
export function stripCodeFence(text: string): string {
  // A scan rather than one pattern: /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/ backtracks
  // quadratically on long runs of newlines.
  const trimmed = text.trim();
  if (!trimmed.startsWith('```') || !trimmed.endsWith('```') || trimmed.length < 6) return text;
  const info = /^```(?:json)?[^\S\n]*/.exec(trimmed)![0].length;
  // The body starts after the last newline of the blank run that follows the opening fence…
  let start = info;
  while (start < trimmed.length && /\s/.test(trimmed[start]!)) start++;
  const bodyStart = trimmed.lastIndexOf('\n', start - 1) + 1;
  // …and ends at the first newline of the blank run before the closing fence.
  let end = trimmed.length - 3;
  while (end > 0 && /\s/.test(trimmed[end - 1]!)) end--;
  const bodyEnd = trimmed.indexOf('\n', end);
  if (bodyStart <= info || bodyEnd === -1 || bodyEnd >= trimmed.length - 3 || bodyEnd < bodyStart - 1) return text;
  return trimmed.slice(bodyStart, Math.max(bodyStart, bodyEnd));
}

/** Maps any SDK or network failure to our error, keeping only its kind and HTTP status. */
export function classify(error: unknown, signal: AbortSignal): AiProviderError {
  if (signal.aborted || error instanceof GoogleGenerativeAIAbortError) return new AiProviderError('timeout');
  if (error instanceof GoogleGenerativeAIFetchError) {
    const status = error.status;
    // 429 and 5xx may pass; any other 4xx (bad key, bad request, blocked) will fail again the same way.
    const retryable = status === undefined || status === 429 || status >= 500;
    return new AiProviderError('unavailable', { status, retryable, retryAfterMs: retryInfoDelayMs(error.errorDetails) });
  }
  if (error instanceof GoogleGenerativeAIResponseError) return new AiProviderError('invalid_response');
  if (error instanceof GoogleGenerativeAIRequestInputError) return new AiProviderError('unavailable');
  // The SDK's plain error wraps fetch failures (connection refused or reset, DNS): worth a retry.
  if (error instanceof GoogleGenerativeAIError) return new AiProviderError('unavailable', { retryable: true });
  // A 200 whose body is not JSON at all.
  if (error instanceof SyntaxError) return new AiProviderError('invalid_response');
  return new AiProviderError('unavailable');
}

/** Gemini's 429 answers may carry `google.rpc.RetryInfo` with a delay such as "2s" or "1.5s". */
function retryInfoDelayMs(details: ErrorDetails[] | undefined): number {
  for (const d of details ?? []) {
    if (!String(d['@type'] ?? '').endsWith('google.rpc.RetryInfo')) continue;
    const match = /^(\d{1,5}(?:\.\d{1,9})?)s$/.exec(String((d as Record<string, unknown>)['retryDelay'] ?? ''));
    if (match) return Math.round(Number(match[1]) * 1000);
  }
  return 0;
}
