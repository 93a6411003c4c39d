import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseAdvicePair, type AdvicePair, missingItems, rewordedRoleLines, says, softSkillsAppended } from '../../../bench/advice-set.js';
import type { AnalysisReport } from '../../../src/modules/analysis/scoring/analyze-resume.js';

// The labelled advice set (test/fixtures/analysis/advice/pairs.json): 44 (résumé, job) pairs, labels
// written before the engine ran on them. Each pair's expected and must-not-say items, plus the rules
// every report keeps.
const root = process.cwd();
const set = JSON.parse(readFileSync(join(root, 'test/fixtures/analysis/advice/pairs.json'), 'utf8')) as { asOf: string; pairs: AdvicePair[] };

/** The set's own jobs (occupations the ranking set has no job for) first, then the ranking set's. */
function jobFile(name: string): string {
  const own = join(root, 'test/fixtures/analysis/advice/jobs', `${name}.job.txt`);
  return existsSync(own) ? own : join(root, 'test/fixtures/analysis/ranking/jobs', `${name}.job.txt`);
}

function analyse(pair: AdvicePair): { report: AnalysisReport; text: string } {
  const corpus = pair.corpus === 'fresh' ? 'test/fixtures/resume-corpus-fresh/truth' : 'test/fixtures/resume-corpus/truth';
  return analyseAdvicePair(join(root, corpus, `${pair.resume}.json`), jobFile(pair.job), new Date(set.asOf));
}

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
    for (const { pair, report, text } of outcomes) {
      expect(rewordedRoleLines(report, text), `${pair.resume} × ${pair.job}`).toEqual([]);
      expect(softSkillsAppended(report), `${pair.resume} × ${pair.job}`).toEqual([]);
    }
  });
});
