import { contactHeaderEnd } from '../../../kernel/resume/resume-sections.js';
import { personalDetailNotes, sensitiveWarnings, type PersonalDetailNote, type SensitiveWarning } from '../../../platform/privacy/sensitive-warnings.js';

/**
 * What the document page shows about a text besides the text itself: where a résumé's contact block
 * ends, the sensitive-data warnings (contact details inside that block are notes) and the soft notes
 * on personal details. Computed once, in the extraction worker, whenever the text is written (upload,
 * replace, redaction), and stored encrypted with the document, so viewing it costs no detection.
 */
export interface DocumentReading {
  contactBlockEnd: number;
  warnings: SensitiveWarning[];
  personalNotes: PersonalDetailNote[];
}

export interface ReadingOptions {
  /** A résumé starts with a contact block where e-mail, phone and address are expected. */
  contactBlock: boolean;
}

export function readDocumentText(text: string, options: ReadingOptions): DocumentReading {
  const contactBlockEnd = options.contactBlock ? contactHeaderEnd(text) : 0;
  return { contactBlockEnd, warnings: sensitiveWarnings(text, contactBlockEnd), personalNotes: personalDetailNotes(text) };
}
