import { z } from 'zod';
import { DOCUMENT_CATEGORIES } from '../document.entity.js';
import en from '../i18n/en.json' with { type: 'json' };

/** English labels (pages translate `documents:categories.<category>` instead). */
export const CATEGORY_LABELS = en.categories satisfies Record<(typeof DOCUMENT_CATEGORIES)[number], string>;

export const uploadForm = z.object({
  category: z.enum(DOCUMENT_CATEGORIES, { error: 'Choose what kind of document this is' }),
});
