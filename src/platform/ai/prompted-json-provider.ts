import { Logger, type LoggerService } from '@nestjs/common';
import type { z } from 'zod';
import { logAiCall, type AiCallEvent } from './ai-call-log.js';
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
import { parseModelJson } from './model-json-answer.js';
import { pseudonymizeParts } from '../privacy/pseudonymized-request.js';
import { DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from './retry-policy.js';

export interface PromptedJsonProviderOptions {
  model: string;
  /** Per request (each retry gets its own). */
  timeoutMs: number;
  retry?: RetryPolicy;
  logger?: LoggerService;
}

/** What one model request carries: our fixed instructions and the pseudonymised task with its parts. */
export interface ModelPrompt {
  /** Written by us; holds no user text. */
  instructions: string;
  /** Task and parts, every value already pseudonymised. */
  prompt: string;
}

/** Fixed instructions, written by us; they hold no user text and so need no pseudonymisation. */
const INSTRUCTIONS = [
  'You help a job seeker improve their resume. Answer with exactly one JSON object and nothing else.',
  'Some values in the text were replaced by placeholders in square brackets, such as [PHONE_n], [EMAIL_n] or [ADDRESS_n].',
  'Keep any placeholder you use exactly as written and never guess what it stands for.',
  'Never invent employers, dates, degrees or numbers; write [X] where a number should go.',
].join('\n');

const PART_NAME = /^[a-z][a-z0-9_]{0,40}$/;

/**
 * Everything a remote language model adapter shares, whatever its protocol: the prompts, and the
 * privacy rules (D3–D5) enforced in the one method that reaches the network (`generateJson`):
 * - D4: every string of the request (task and parts) is pseudonymised before the prompt is built, and
 *   every string of the parsed answer is restored; the transport never sees an original value.
 * - D5: the port's inputs have no user id; an adapter's `send` adds only its endpoint's credentials.
 * - D3: the prompt and raw answer live only in local variables of one call. Nothing logs them; errors
 *   leave as AiProviderError with our own message; the log line is provider, model, outcome, latency.
 * Each attempt gets its own timeout, failures worth retrying are retried with backoff, and an answer
 * that is not the expected JSON is an `invalid_response` (the fallback wrapper then answers).
 */
export abstract class PromptedJsonProvider implements AiProvider {
  abstract readonly name: AiCallEvent['provider'];
  readonly model: string;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly logger: LoggerService;

  protected constructor(options: PromptedJsonProviderOptions) {
    this.model = options.model;
    this.timeoutMs = options.timeoutMs;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.logger = options.logger ?? new Logger('AiProvider');
  }

  /**
   * One request to the model; answers its text. Must throw AiProviderError only (classified:
   * timeout when `signal` aborted, retryable for 429/5xx/network failures), never a transport error
   * that could quote the request or the answer.
   */
  protected abstract send(prompt: ModelPrompt, signal: AbortSignal): Promise<string>;

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
      logAiCall(this.logger, { provider: this.name, model: this.model, latencyMs: performance.now() - started, outcome: 'ok' });
      return result;
    } catch (error) {
      // Whatever went wrong, only our own error type leaves (see AiProviderError).
      const safe = error instanceof AiProviderError ? error : new AiProviderError('unavailable');
      const outcome = safe.reason === 'timeout' ? 'timeout' : 'error';
      logAiCall(this.logger, { provider: this.name, model: this.model, latencyMs: performance.now() - started, outcome });
      throw safe;
    }
  }

  private async generateJsonOnce<T>(task: string, parts: Record<string, string>, schema: z.ZodType<T>): Promise<T> {
    for (const name of Object.keys(parts)) if (!PART_NAME.test(name)) throw new TypeError(`Invalid prompt part name: ${name}`);
    // D4: pseudonymised together, so one value has one placeholder across the task and all parts.
    const request = pseudonymizeParts({ task, ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [`part_${k}`, v])) });
    const prompt = [
      `Task:\n${request.parts['task']}`,
      ...Object.keys(parts).map((name) => `<${name}>\n${request.parts[`part_${name}`]}\n</${name}>`),
    ].join('\n\n');

    const text = await withRetries(this.retry, () => this.send({ instructions: INSTRUCTIONS, prompt }, AbortSignal.timeout(this.timeoutMs)));

    let json: unknown;
    try {
      json = parseModelJson(text);
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
