import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import { resumeText } from '../../../kernel/resume/resume-text.js';
import { verbForm } from './verbs.js';

/**
 * The text an analysis reads. A résumé is read through its structured profile written out in one
 * defined way (`resumeText`): the profile its owner edited is what they see in Candor, and an
 * unedited one is the file's text sorted into sections, so a bullet glyph the PDF lost, a date in
 * a right-hand column or a sidebar does not change the score. When the parser found no section at
 * all (an unusual layout), the file's text is read as it is rather than an empty profile.
 */
export function analysedText(fileText: string, resume: JsonResume | undefined, edited: boolean): string {
  if (!resume) return fileText;
  if (edited) return resumeText(withRenderingArtefactsUndone(resume));
  if (resume.work.length > 0 || resume.education.length > 0 || resume.skills.length > 0) {
    return resumeText(withRenderingArtefactsUndone(withMergedAchievementsCut(withoutStrayLines(withRoleTextAsAchievements(resume)))));
  }
  return fileText;
}

/**
 * Some layouts lose the bullet glyphs, and the parser then reads a role's achievements as a
 * paragraph about the role. Read from a file, a role with no bullets but a paragraph has its
 * sentences as achievements, so the PDF without glyphs scores as the DOCX with them. (A profile its
 * owner edited is read as they wrote it.)
 */
function withRoleTextAsAchievements(resume: JsonResume): JsonResume {
  const sentences = (summary: string): string[] => summary.split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u).map((s) => s.trim()).filter(Boolean);
  return {
    ...resume,
    work: resume.work.map((w) => (w.highlights?.length || !w.summary?.trim() ? w : { ...w, summary: undefined, highlights: sentences(w.summary) })),
  };
}

/**
 * A layout that sets a role's place or a side column's label beside its bullets can hand them to the
 * parser as achievements: "Waterford, IE", "WEB". An achievement is a sentence: a lone word, or a few
 * capitalised words around a comma (a place), is left out of an achievement list read from a file, so
 * that layout scores as the others do. (A profile its owner edited is read as they wrote it.)
 */
function withoutStrayLines(resume: JsonResume): JsonResume {
  const achievements = (items: string[] | undefined): string[] | undefined => items?.filter((item) => !isStrayLine(item));
  return {
    ...resume,
    work: resume.work.map((w) => ({ ...w, highlights: achievements(w.highlights) })),
    projects: resume.projects.map((p) => ({ ...p, highlights: achievements(p.highlights) })),
    volunteer: resume.volunteer.map((v) => ({ ...v, highlights: achievements(v.highlights) })),
  };
}

const PLACE = /^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}, \p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}$/u;

function isStrayLine(item: string): boolean {
  const text = item.trim().replace(/\s+/g, ' ');
  return !/\s/.test(text) || PLACE.test(text);
}

/**
 * A table cell or a text box can hold two achievements as one paragraph, their glyphs lost: "…인용받았습니다.
 * 가업승계 컨설팅과 …", "… in four saves. Trained 14 new hires …". Read from a file, an item is cut where a
 * sentence ends and a new achievement starts — after a Korean sentence ending (…다.) or before an English
 * action verb — so the table scores as the same résumé's other renderings. (A profile its owner edited is
 * read as they wrote it.)
 */
function withMergedAchievementsCut(resume: JsonResume): JsonResume {
  const cut = (items: string[] | undefined): string[] | undefined => items?.flatMap(sentencesAsAchievements);
  return {
    ...resume,
    work: resume.work.map((w) => ({ ...w, highlights: cut(w.highlights) })),
    projects: resume.projects.map((p) => ({ ...p, highlights: cut(p.highlights) })),
    volunteer: resume.volunteer.map((v) => ({ ...v, highlights: cut(v.highlights) })),
  };
}

function sentencesAsAchievements(item: string): string[] {
  const sentences = item.trim().split(/(?<=[.!?])\s+/);
  if (sentences.length < 2) return [item];
  const parts: string[] = [sentences[0]!];
  for (const sentence of sentences.slice(1)) {
    const previous = parts[parts.length - 1]!;
    const words = sentence.split(/\s+/);
    const firstWord = /^\p{L}+/u.exec(words[0]!)?.[0] ?? '';
    const verb = verbForm(firstWord);
    const koreanEnd = /\p{Script=Hangul}다\.$/u.test(previous) && /^\p{Script=Hangul}/u.test(sentence) && words.length >= 3;
    const englishStart = /^\p{Lu}/u.test(firstWord) && verb !== undefined && (verb.form === 'past' || verb.form === 'base') && words.length >= MIN_ACHIEVEMENT_WORDS;
    if (koreanEnd || englishStart) parts.push(sentence);
    else parts[parts.length - 1] = `${previous} ${sentence}`;
  }
  return parts;
}

/** Words an achievement never ends with: a line that does was wrapped ("… with the designers in" / "Figma: 60 components …"). */
const UNFINISHED = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'as', 'via', 'across', 'per']);

/**
 * A PDF that wraps a long achievement over two lines can come out as two bullets, the second
 * starting mid-sentence ("and tuning PostgreSQL indexes", "year"). An achievement never starts with
 * a lower-case letter, nor ends with "in", "the" or "with" (`UNFINISHED`: "… with the designers in" then
 * "Figma: 60 components …"), so such an item is read as the end of the one before: the PDF and the DOCX
 * of one résumé then have the same bullets. The opposite happens too: two bullets whose glyphs were
 * lost come out as one ("… across three regions Cut checkout latency by 45% …"); an item is cut
 * where an achievement starts anew (`runOnAchievements`).
 */
function withRenderingArtefactsUndone(resume: JsonResume): JsonResume {
  const join = (items: string[] | undefined): string[] | undefined => {
    if (!items) return items;
    const out: string[] = [];
    for (const item of items) {
      const previous = out.length - 1;
      // As written: "Toronto, ON" ends with a province, not with "on".
      const unfinished = previous >= 0 && UNFINISHED.has(out[previous]!.trim().slice(out[previous]!.trim().lastIndexOf(' ') + 1));
      if (previous >= 0 && (/^\p{Ll}/u.test(item.trim()) || unfinished) && !/[.!?]$/.test(out[previous]!.trim())) out[previous] = `${out[previous]!.trim()} ${item.trim()}`;
      else out.push(...runOnAchievements(item));
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

/** Each part of a cut item has at least this many words: a short tail is more likely a name than an achievement. */
const MIN_ACHIEVEMENT_WORDS = 4;

/**
 * One item that holds two achievements: it starts with an action verb, and further on a capitalised
 * action verb follows a lower-case word or a figure with no punctuation between ("regions Cut",
 * "45% Led"). English capitalises no verb there; "Google Drive" or "Azure Monitor" follow a
 * capitalised word and are left alone.
 */
function runOnAchievements(item: string): string[] {
  const words = item.trim().split(/\s+/);
  if (words.length < 2 * MIN_ACHIEVEMENT_WORDS || !verbForm(/^\p{L}+/u.exec(words[0]!)?.[0] ?? '')) return [item];
  const parts: string[] = [];
  let start = 0;
  for (let i = MIN_ACHIEVEMENT_WORDS; i <= words.length - MIN_ACHIEVEMENT_WORDS; i++) {
    if (i - start < MIN_ACHIEVEMENT_WORDS) continue;
    const word = words[i]!;
    const before = words[i - 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^[\p{Ll}\d][\p{Ll}\d%]*$/u.test(before)) continue;
    const verb = verbForm(word);
    if (!verb || (verb.form !== 'past' && verb.form !== 'base')) continue;
    parts.push(words.slice(start, i).join(' '));
    start = i;
  }
  parts.push(words.slice(start).join(' '));
  return parts;
}
