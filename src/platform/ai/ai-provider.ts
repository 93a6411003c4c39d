import type { z } from 'zod';

/**
 * The AI provider port (promises D3–D5). Inputs are text and our own suggestion ids only: there is
 * deliberately no field for a user id, e-mail or name, so no caller can hand one to a provider (D5).
 */
export interface AiProvider {
  /** For log lines only. */
  readonly name: 'embedded' | 'gemini' | 'openai-compatible';
  /** For log lines only: the configured model name, or `rules` for the embedded provider. */
  readonly model: string;
  improveSuggestions(input: ImproveSuggestionsInput): Promise<ImprovedSuggestions>;
  rewriteBullet(input: RewriteBulletInput): Promise<BulletRewrite>;
  /**
   * One JSON answer for a task, validated by `schema`. Throws AiProviderError (never a raw SDK error)
   * when no model can answer; the embedded provider has no general model and always throws, so
   * callers keep their own rule-based path for that case.
   */
  generateJson<T>(task: string, parts: Record<string, string>, schema: z.ZodType<T>): Promise<T>;
}

export const AI_PROVIDER = Symbol('AI_PROVIDER');

export interface SuggestionToImprove {
  /** Our suggestion id (not a user identifier). */
  id: string;
  why: string;
  before?: string;
  after?: string;
}

export interface ImproveSuggestionsInput {
  resumeText: string;
  jobText?: string;
  suggestions: SuggestionToImprove[];
}

export interface ImprovedSuggestion {
  id: string;
  after: string;
  why?: string;
}

export interface RewriteBulletInput {
  bullet: string;
  jobText?: string;
}

/** Why the embedded rules answered instead of the configured model; the UI shows a note. */
export type FallbackReason = 'timeout' | 'unavailable' | 'invalid_response';

export interface FallbackNote {
  /** Set only when the configured model failed and the embedded rules answered instead. */
  fallback?: true;
  reason?: FallbackReason;
}

export interface ImprovedSuggestions extends FallbackNote {
  suggestions: ImprovedSuggestion[];
}

export interface BulletRewrite extends FallbackNote {
  rewrite: string;
}
