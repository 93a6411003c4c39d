import type { z } from 'zod';
import type {
  AiProvider,
  BulletRewrite,
  ImprovedSuggestion,
  ImprovedSuggestions,
  ImproveSuggestionsInput,
  RewriteBulletInput,
} from './ai-provider.js';
import { AiProviderError } from './ai-provider.error.js';
import { rewriteBulletWithRules } from './bullet-rewrite.js';

/**
 * The offline default and the fallback: deterministic rules, no network, nothing leaves the process.
 * Suggestions that already carry an `after` come back unchanged; one with only a `before` gets the
 * rule-based rewrite when the rules change its wording; otherwise (or with neither) it is left out.
 */
export class EmbeddedAiProvider implements AiProvider {
  readonly name = 'embedded';
  readonly model = 'rules';

  improveSuggestions(input: ImproveSuggestionsInput): Promise<ImprovedSuggestions> {
    const suggestions: ImprovedSuggestion[] = [];
    for (const s of input.suggestions) {
      if (s.after !== undefined) suggestions.push({ id: s.id, after: s.after, why: s.why });
      else if (s.before !== undefined && s.before.trim() !== '') {
        // The rules change wording only; where they change nothing the suggestion is left to its `why`.
        const after = rewriteBulletWithRules(s.before);
        if (after.replace(/\.$/, '') !== s.before.trim().replace(/\.$/, '')) suggestions.push({ id: s.id, after, why: s.why });
      }
    }
    return Promise.resolve({ suggestions });
  }

  rewriteBullet(input: RewriteBulletInput): Promise<BulletRewrite> {
    return Promise.resolve({ rewrite: rewriteBulletWithRules(input.bullet) });
  }

  generateJson<T>(_task: string, _parts: Record<string, string>, _schema: z.ZodType<T>): Promise<T> {
    return Promise.reject(new AiProviderError('unavailable'));
  }
}
