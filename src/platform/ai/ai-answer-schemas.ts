import { z } from 'zod';

/** What the model must answer for `improveSuggestions`; anything else is an invalid response. */
export const improvedSuggestionsSchema = z.object({
  suggestions: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        after: z.string().min(1).max(4_000),
        why: z.string().max(2_000).optional(),
      }),
    )
    .max(200),
});

export const bulletRewriteSchema = z.object({ rewrite: z.string().min(1).max(2_000) });
