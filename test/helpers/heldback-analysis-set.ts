import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdvicePair } from '../../bench/advice-set.js';
import { readRoleGapCases } from '../../bench/role-gaps-set.js';

// The checks every held-back analysis set (scripts/analysis-heldback-build.mjs) gets in its own spec: intact
// against its frozen manifest and well formed. No check runs the analysis on a set, so no failure message
// can name one of its items; the figures come from `npm run bench -- analysis` (totals only).

/** One held-back analysis set and what came before it. */
export interface HeldBackAnalysisSet {
  /** e.g. 'wave 9' */
  name: string;
  /** The set's folder relative to the project root (bench/analysis-heldback.ts's HELD_BACK_W*_DIR). */
  dir: string;
  /** SHA-256 of manifest.json as frozen: changing any file of the set fails. */
  manifestSha256: string;
  /** Folders (relative to the root) holding `truth/` of every earlier résumé set: the set's occupations are in none of them. */
  earlierResumeSets: readonly string[];
  /** Role-gap label files (relative to the root) of every earlier set: the set's target roles are in none of them. */
  earlierRoleGapLabels: readonly string[];
  /** The fewest résumés, English and Korean. */
  least: { resumes: number; english: number; korean: number };
}

const ROOT = process.cwd();
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const documentsOf = (corpusDir: string): Array<{ file: string; resume: string; renderer: string }> => JSON.parse(readFileSync(join(corpusDir, 'documents.json'), 'utf8'));
const occupationOf = (resumeId: string): string => resumeId.split('-')[1]!;
const truthIds = (corpusDir: string): string[] => readdirSync(join(corpusDir, 'truth')).map((file) => file.replace(/\.json$/, ''));
const jobIds = (dir: string): string[] => readdirSync(dir).map((file) => file.split('.')[0]!);

export function describeHeldBackAnalysisSet(set: HeldBackAnalysisSet): void {
  const dir = join(ROOT, set.dir);
  const filesUnder = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [relative(dir, join(folder, entry.name))]));
  const isKorean = (resumeId: string): boolean => /[가-힣]/.test(readFileSync(join(dir, 'spread/truth', `${resumeId}.json`), 'utf8'));

  describe(`held-back analysis set, ${set.name}`, () => {
    it('is frozen: manifest.json has the digest written here and every file of the set matches it', () => {
      const manifestBytes = readFileSync(join(dir, 'manifest.json'));
      expect(sha256(manifestBytes)).toBe(set.manifestSha256);
      const manifest = JSON.parse(manifestBytes.toString('utf8')) as { frozenOn: string; files: Record<string, string> };
      const onDisk = filesUnder(dir).filter((file) => file !== 'README.md' && file !== 'manifest.json').sort();
      expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
      expect(onDisk.filter((file) => sha256(readFileSync(join(dir, file))) !== manifest.files[file])).toEqual([]);
    });

    it('renders its résumés, English ones the public corpus’s ten ways and Korean ones the Korean corpus’s six', () => {
      const documents = documentsOf(join(dir, 'spread'));
      const resumes = [...new Set(documents.map((document) => document.resume))].sort();
      expect(resumes.length).toBeGreaterThanOrEqual(set.least.resumes);
      expect(truthIds(join(dir, 'spread')).sort()).toEqual(resumes);
      const korean = resumes.filter(isKorean);
      expect(korean.length).toBeGreaterThanOrEqual(set.least.korean);
      expect(resumes.length - korean.length).toBeGreaterThanOrEqual(set.least.english);
      const renderersOf = (corpusDir: string): string[] => [...new Set(documentsOf(corpusDir).map((document) => document.renderer))].sort();
      const englishRenderers = renderersOf(join(ROOT, 'test/fixtures/resume-corpus'));
      const koreanRenderers = renderersOf(join(ROOT, 'test/fixtures/resume-corpus-ko'));
      for (const resume of resumes) {
        const renderers = documents.filter((document) => document.resume === resume).map((document) => document.renderer).sort();
        expect(renderers).toEqual(korean.includes(resume) ? koreanRenderers : englishRenderers);
      }
      expect(readdirSync(join(dir, 'spread/rendered')).sort()).toEqual(documents.map((document) => document.file).sort());
    });

    it('has occupations no earlier résumé or analysis set has, each with its own job, and at least twenty other jobs per résumé', () => {
      const occupations = new Set(truthIds(join(dir, 'spread')).map(occupationOf));
      const earlier = new Set(set.earlierResumeSets.map((folder) => join(ROOT, folder)).flatMap(truthIds).map(occupationOf));
      expect(occupations.size).toBe(truthIds(join(dir, 'spread')).length);
      expect([...occupations].filter((occupation) => earlier.has(occupation))).toEqual([]);
      expect(jobIds(join(dir, 'ranking/jobs')).sort()).toEqual([...occupations].sort());
      const nearMiss = jobIds(join(dir, 'ranking/near-miss'));
      expect(nearMiss.filter((id) => occupations.has(id))).toEqual([]);
      const others = occupations.size - 1 + nearMiss.length + jobIds(join(ROOT, 'test/fixtures/analysis/ranking/jobs')).length;
      expect(others).toBeGreaterThanOrEqual(20);
    });

    it('labels target roles no earlier role-gap set has, with patterns that compile', () => {
      const cases = readRoleGapCases(join(dir, 'role-gaps/labels.json'));
      const earlierRoles = new Set(set.earlierRoleGapLabels.flatMap((file) => readRoleGapCases(join(ROOT, file))).map((c) => c.role.toLowerCase()));
      expect(cases.length).toBeGreaterThanOrEqual(13);
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
      expect(cases.filter((c) => earlierRoles.has(c.role.toLowerCase())).map((c) => c.role)).toEqual([]);
      for (const c of cases) {
        expect(c.acceptable.length).toBeGreaterThanOrEqual(10);
        expect(c.unacceptable.length).toBeGreaterThanOrEqual(8);
        for (const pattern of c.acceptable) expect(() => new RegExp(pattern, 'i')).not.toThrow();
        const neverSay = c.unacceptable.map((pattern) => new RegExp(pattern, 'i'));
        // The person's own skills are never on their never-say list.
        expect(c.has.filter((skill) => neverSay.some((pattern) => pattern.test(skill)))).toEqual([]);
      }
    });

    it('pairs each advice case with a résumé of the set and one of its own or near-miss jobs, every résumé with its own job', () => {
      const { pairs } = JSON.parse(readFileSync(join(dir, 'advice/pairs.json'), 'utf8')) as { pairs: AdvicePair[] };
      const resumes = truthIds(join(dir, 'spread'));
      const jobs = new Set([...jobIds(join(dir, 'ranking/jobs')), ...jobIds(join(dir, 'ranking/near-miss'))]);
      expect(pairs.filter((pair) => !resumes.includes(pair.resume) || !jobs.has(pair.job))).toEqual([]);
      expect(resumes.filter((resume) => !pairs.some((pair) => pair.resume === resume && pair.job === occupationOf(resume)))).toEqual([]);
      expect(pairs.filter((pair) => pair.job !== occupationOf(pair.resume)).length).toBeGreaterThanOrEqual(4);
    });
  });
}
