import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AiProviderError } from '../../../src/platform/ai/ai-provider.error.js';
import { EmbeddedAiProvider } from '../../../src/platform/ai/embedded-ai-provider.js';

describe('embedded AI provider', () => {
  const embedded = new EmbeddedAiProvider();

  it('returns suggestions that have an `after` unchanged and rewrites those with only a `before`', async () => {
    const result = await embedded.improveSuggestions({
      resumeText: 'irrelevant',
      suggestions: [
        { id: 'a', why: 'w1', before: 'old', after: 'Kept as is' },
        { id: 'b', why: 'w2', before: 'responsible for hiring 4 engineers' },
        { id: 'c', why: 'nothing to rewrite' },
        // Already verb-first and past: the rules would only repeat it, so the suggestion keeps its own words.
        { id: 'd', why: 'add a result', before: 'Laid stone walls for the estate.' },
      ],
    });
    expect(result).toEqual({
      suggestions: [
        { id: 'a', after: 'Kept as is', why: 'w1' },
        { id: 'b', after: 'Hired 4 engineers', why: 'w2' },
      ],
    });
    expect(result.fallback).toBeUndefined();
  });

  it('rewrites a bullet with the rules', async () => {
    expect(await embedded.rewriteBullet({ bullet: 'Responsible for leading the QA team', jobText: 'QA lead' })).toEqual({
      rewrite: 'Led the QA team',
    });
  });

  it('has no general model: generateJson fails with an "unavailable" AiProviderError', async () => {
    await expect(embedded.generateJson('task', {}, z.object({}))).rejects.toEqual(new AiProviderError('unavailable'));
  });
});
