import { readFileSync } from 'node:fs';
import { jsonResumeSchema } from '../src/kernel/resume/json-resume.js';
import { resumeText } from '../src/kernel/resume/resume-text.js';
import { skillsTaxonomy } from '../src/kernel/skills/skills-taxonomy.js';
import { analyzeResume, type AnalysisReport } from '../src/modules/analysis/scoring/analyze-resume.js';

/** One labelled (résumé, job) pair of an advice set (test/fixtures/analysis/advice/pairs.json and sets of its shape). */
export interface AdvicePair {
  /** Where the résumé's profile lives: the public corpus (default) or the fresh corpus (`fresh`). */
  corpus?: 'fresh';
  resume: string;
  job: string;
  /** Words a recruiter would expect the report to name as missing. */
  missing: string[];
  /** Must not say: words the résumé shows, which must appear in no missing list. */
  notMissing: string[];
}

/** Analyses a JSON Resume profile file (read as the analysis reads a profile) against a job file. */
export function analyseAdvicePair(profileFile: string, jobFile: string, asOf: Date): { report: AnalysisReport; text: string } {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as object;
  const resume = jsonResumeSchema.parse({ basics: {}, work: [], volunteer: [], education: [], awards: [], certificates: [], skills: [], languages: [], projects: [], ...profile });
  const text = resumeText(resume);
  return { report: analyzeResume({ text, resume, job: readFileSync(jobFile, 'utf8'), asOf }), text };
}

/** Everything the report calls missing: required, preferred, the job's own words and keywords, as shown. */
export function missingItems(report: AnalysisReport): string[] {
  const m = report.match!;
  return [...m.missing, ...m.missingDisplay, ...m.preferred.missing, ...(m.preferred.missingDisplay ?? []), ...(m.phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase), ...m.keywords.missing];
}

/** A whole-word mention: "Go" is not said by "Google Cloud Platform". */
export const says = (items: readonly string[], word: string): boolean => {
  const pattern = new RegExp(`(?<![\\w])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i');
  return items.some((i) => pattern.test(i));
};

/** Suggestions that rewrite a job title, employer or date line of the résumé text (never allowed). */
export function rewordedRoleLines(report: AnalysisReport, text: string): string[] {
  const roleLines = new Set(text.split('\n').filter((l) => / — .*\|/.test(l)).map((l) => l.trim()));
  return report.suggestions.map((s) => s.before.trim()).filter((before) => roleLines.has(before));
}

/** Soft skills a missing-skill suggestion appends to a skills line (never allowed). */
export function softSkillsAppended(report: AnalysisReport): string[] {
  const { byName } = skillsTaxonomy();
  const added = report.suggestions.filter((s) => s.id === 'missing-required').map((s) => s.after.slice(s.before.length));
  const soft = report.match!.missing.filter((name) => byName.get(name.toLowerCase())?.kind === 'soft');
  return added.flatMap((line) => soft.filter((name) => line.includes(name)));
}
