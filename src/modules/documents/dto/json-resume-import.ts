import { jsonResumeSchema, type JsonResume } from '../../../kernel/resume/json-resume.js';

/** JSON Resume from other tools may omit whole sections: default them instead of refusing. */
const importSchema = jsonResumeSchema.partial().extend({ basics: jsonResumeSchema.shape.basics.default({}) });

const REQUIRED_SECTIONS = ['work', 'volunteer', 'education', 'awards', 'certificates', 'skills', 'languages', 'projects'] as const;

/**
 * A JSON Resume file as Candor stores it: sections the schema requires default to empty lists, and
 * the `$schema` our own export adds is dropped. Everything else is kept as it is, unknown properties
 * included. Throws a SyntaxError for text that is not JSON and a ZodError for JSON that is not a résumé.
 */
export function parseImportedResume(text: string): JsonResume {
  const parsed = importSchema.parse(JSON.parse(text));
  delete parsed.$schema;
  const resume: Record<string, unknown> = { basics: parsed.basics };
  for (const section of REQUIRED_SECTIONS) resume[section] = [];
  for (const [key, value] of Object.entries(parsed)) if (value !== undefined) resume[key] = value;
  return jsonResumeSchema.parse(resume);
}
