import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonResumeSchema } from '../../../src/kernel/resume/json-resume.js';
import { resumeText } from '../../../src/kernel/resume/resume-text.js';
import { skillsTaxonomy } from '../../../src/kernel/skills/skills-taxonomy.js';
import { analyzeResume, type AnalysisReport } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// The labelled advice set (test/fixtures/analysis/advice/pairs.json): 44 (résumé, job) pairs, labels
// written before the engine ran on them. Each pair's expected and must-not-say items, plus the rules
// every report keeps.
interface Pair {
  /** Where the résumé's profile lives: the public corpus (default) or the fresh corpus (`fresh`). */
  corpus?: 'fresh';
  resume: string;
  job: string;
  missing: string[];
  notMissing: string[];
}
const root = process.cwd();
const set = JSON.parse(readFileSync(join(root, 'test/fixtures/analysis/advice/pairs.json'), 'utf8')) as { asOf: string; pairs: Pair[] };

/** The set's own jobs (occupations the ranking set has no job for) first, then the ranking set's. */
function jobFile(name: string): string {
  const own = join(root, 'test/fixtures/analysis/advice/jobs', `${name}.job.txt`);
  return existsSync(own) ? own : join(root, 'test/fixtures/analysis/ranking/jobs', `${name}.job.txt`);
}

function analyse(pair: Pair): { report: AnalysisReport; text: string } {
  const corpus = pair.corpus === 'fresh' ? 'test/fixtures/resume-corpus-fresh/truth' : 'test/fixtures/resume-corpus/truth';
  const profile = JSON.parse(readFileSync(join(root, corpus, `${pair.resume}.json`), 'utf8')) as object;
  const resume = jsonResumeSchema.parse({ basics: {}, work: [], volunteer: [], education: [], awards: [], certificates: [], skills: [], languages: [], projects: [], ...profile });
  const text = resumeText(resume);
  const job = readFileSync(jobFile(pair.job), 'utf8');
  return { report: analyzeResume({ text, resume, job, asOf: new Date(set.asOf) }), text };
}

/** Everything the report calls missing: required, preferred, the job's own words and keywords, as shown. */
function missingItems(report: AnalysisReport): string[] {
  const m = report.match!;
  return [...m.missing, ...m.missingDisplay, ...m.preferred.missing, ...(m.preferred.missingDisplay ?? []), ...(m.phrases ?? []).filter((p) => p.verdict === 'missing').map((p) => p.phrase), ...m.keywords.missing];
}
/** A whole-word mention: "Go" is not said by "Google Cloud Platform". */
const says = (items: readonly string[], word: string): boolean => {
  const pattern = new RegExp(`(?<![\\w])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i');
  return items.some((i) => pattern.test(i));
};

const outcomes = set.pairs.map((pair) => ({ pair, ...analyse(pair) }));

describe('the labelled advice set (#12 item 4)', () => {
  it('has at least 30 pairs, with résumés of at least 6 occupations and jobs of at least 6', () => {
    expect(set.pairs.length).toBeGreaterThanOrEqual(30);
    expect(new Set(set.pairs.map((p) => p.resume.split('-')[1])).size).toBeGreaterThanOrEqual(6);
    expect(new Set(set.pairs.map((p) => p.job)).size).toBeGreaterThanOrEqual(6);
  });

  it('names what each résumé lacks for the job', () => {
    const unsaid = outcomes.flatMap(({ pair, report }) => pair.missing.filter((w) => !says(missingItems(report), w)).map((w) => `${pair.resume} × ${pair.job}: ${w}`));
    expect(unsaid).toEqual([]);
  });

  it('never calls missing what the résumé shows', () => {
    const wrong = outcomes.flatMap(({ pair, report }) => pair.notMissing.filter((w) => says(missingItems(report), w)).map((w) => `${pair.resume} × ${pair.job}: ${w}`));
    expect(wrong).toEqual([]);
  });

  it('never rewords a job title, employer or date line, and never puts a soft skill on a skills line', () => {
    const { byName } = skillsTaxonomy();
    for (const { pair, report, text } of outcomes) {
      const roleLines = new Set(text.split('\n').filter((l) => / — .*\|/.test(l)).map((l) => l.trim()));
      for (const s of report.suggestions) expect(roleLines.has(s.before.trim()), `${pair.resume} × ${pair.job}: ${s.before}`).toBe(false);
      const added = report.suggestions.filter((s) => s.id === 'missing-required').map((s) => s.after.slice(s.before.length));
      const soft = report.match!.missing.filter((name) => byName.get(name.toLowerCase())?.kind === 'soft');
      for (const line of added) for (const name of soft) expect(line, `${pair.resume} × ${pair.job}`).not.toContain(name);
    }
  });
});
