import { z } from 'zod';
import { DOCUMENT_CATEGORIES } from '../document.entity.js';

export const CATEGORY_LABELS: Record<(typeof DOCUMENT_CATEGORIES)[number], string> = {
  resume: 'Resume',
  cover_letter: 'Cover letter',
  portfolio: 'Portfolio',
};

export const uploadForm = z.object({
  category: z.enum(DOCUMENT_CATEGORIES, { error: 'Choose what kind of document this is' }),
});
