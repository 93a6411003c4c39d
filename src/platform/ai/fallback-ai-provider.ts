import { Logger, type LoggerService } from '@nestjs/common';
import type { z } from 'zod';
import { logAiCall } from './ai-call-log.js';
import type { AiProvider, BulletRewrite, ImprovedSuggestions, ImproveSuggestionsInput, RewriteBulletInput } from './ai-provider.js';
import { AiProviderError } from './ai-provider.error.js';
import { EmbeddedAiProvider } from './embedded-ai-provider.js';

/**
 * Wraps the configured model: when it times out, is unavailable or answers nonsense, the embedded
 * rules answer instead and the result says so (`fallback: true` and a reason) for the UI to show a
 * note. Only AiProviderError is caught; anything else is a bug and propagates.
 */
export class FallbackAiProvider implements AiProvider {
  readonly name: AiProvider['name'];
  readonly model: string;

  constructor(
    private readonly primary: AiProvider,
    private readonly embedded: EmbeddedAiProvider = new EmbeddedAiProvider(),
    private readonly logger: LoggerService = new Logger('AiProvider'),
  ) {
    this.name = primary.name;
    this.model = primary.model;
  }

  async improveSuggestions(input: ImproveSuggestionsInput): Promise<ImprovedSuggestions> {
    const started = performance.now();
    try {
      return await this.primary.improveSuggestions(input);
    } catch (error) {
      const reason = this.fallbackReason(error, started);
      return { ...(await this.embedded.improveSuggestions(input)), fallback: true, reason };
    }
  }

  async rewriteBullet(input: RewriteBulletInput): Promise<BulletRewrite> {
    const started = performance.now();
    try {
      return await this.primary.rewriteBullet(input);
    } catch (error) {
      const reason = this.fallbackReason(error, started);
      return { ...(await this.embedded.rewriteBullet(input)), fallback: true, reason };
    }
  }

  /** No generic embedded answer exists: the caller gets the (safe) AiProviderError and decides. */
  generateJson<T>(task: string, parts: Record<string, string>, schema: z.ZodType<T>): Promise<T> {
    return this.primary.generateJson(task, parts, schema);
  }

  private fallbackReason(error: unknown, started: number): AiProviderError['reason'] {
    if (!(error instanceof AiProviderError)) throw error;
    logAiCall(this.logger, { provider: this.primary.name, model: this.model, latencyMs: performance.now() - started, outcome: 'fallback' });
    return error.reason;
  }
}
