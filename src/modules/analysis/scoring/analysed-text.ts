import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import { resumeText } from '../../../kernel/resume/resume-text.js';

/**
 * The text an analysis reads. A résumé is read through its structured profile written out in one
 * defined way (`resumeText`): the profile its owner edited is what they see in Candor, and an
 * unedited one is the file's text sorted into sections, so a bullet glyph the PDF lost, a date in
 * a right-hand column or a sidebar does not change the score. When the parser found no section at
 * all (an unusual layout), the file's text is read as it is rather than an empty profile.
 */
export function analysedText(fileText: string, resume: JsonResume | undefined, edited: boolean): string {
  if (!resume) return fileText;
  if (edited || resume.work.length > 0 || resume.education.length > 0 || resume.skills.length > 0) return resumeText(withWrappedLinesJoined(resume));
  return fileText;
}

/**
 * A PDF that wraps a long achievement over two lines can come out as two bullets, the second
 * starting mid-sentence ("and tuning PostgreSQL indexes", "year"). An achievement never starts with
 * a lower-case letter, so such an item is read as the end of the one before: the PDF and the DOCX
 * of one résumé then have the same bullets.
 */
function withWrappedLinesJoined(resume: JsonResume): JsonResume {
  const join = (items: string[] | undefined): string[] | undefined => {
    if (!items) return items;
    const out: string[] = [];
    for (const item of items) {
      const previous = out.length - 1;
      if (previous >= 0 && /^\p{Ll}/u.test(item.trim()) && !/[.!?]$/.test(out[previous]!.trim())) out[previous] = `${out[previous]!.trim()} ${item.trim()}`;
      else out.push(item);
    }
    return out;
  };
  return {
    ...resume,
    work: resume.work.map((w) => ({ ...w, highlights: join(w.highlights) })),
    projects: resume.projects.map((p) => ({ ...p, highlights: join(p.highlights) })),
    volunteer: resume.volunteer.map((v) => ({ ...v, highlights: join(v.highlights) })),
  };
}
