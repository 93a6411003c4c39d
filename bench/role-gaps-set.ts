import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResume } from '../src/modules/analysis/scoring/analyze-resume.js';

/** A labelled target role: the skills the person has, and regular expressions over gap names. */
export interface RoleGapCase {
  id: string;
  role: string;
  has: string[];
  acceptable: string[];
  unacceptable: string[];
}

/** One labelled target role (test/fixtures/analysis/role-gaps) and the gaps the analysis gave for it. */
export interface RoleGapOutcome {
  id: string;
  role: string;
  side: 'tuning' | 'test';
  gaps: string[];
  /** Gaps a recruiter in the field would never suggest (the labels' `unacceptable`). */
  neverSay: string[];
  /** Share of the first ten gaps the labels accept as relevant (0 when there are none). */
  relevantShare: number;
  /** The person's own skills that came back as gaps. */
  owned: string[];
}

/** How many gaps are judged: what the report shows first. */
export const JUDGED_GAPS = 10;

/** The labelled cases of a role-gap labels file (test/fixtures/analysis/role-gaps/labels.json and sets of its shape). */
export function readRoleGapCases(labelsFile: string): RoleGapCase[] {
  return (JSON.parse(readFileSync(labelsFile, 'utf8')) as { cases: RoleGapCase[] }).cases;
}

/** One case's skills written as a short résumé, analysed with the case's target role, and its gaps judged against the labels. */
export function judgeRoleGapCase(c: RoleGapCase): Omit<RoleGapOutcome, 'side'> {
  const text = `Alex Example\n\nEXPERIENCE\n${c.role} — Contoso | Jan 2020 – Present\n- Worked as ${c.role}\n\nSKILLS\n${c.has.join(', ')}\n`;
  const report = analyzeResume({ text, targetRoles: [c.role], asOf: new Date('2026-06-01') });
  const gaps = report.gaps.roles[0]!.missing.map((g) => g.name);
  const judged = gaps.slice(0, JUDGED_GAPS);
  const matches = (patterns: string[], name: string): boolean => patterns.some((p) => new RegExp(p, 'i').test(name));
  return {
    id: c.id,
    role: c.role,
    gaps,
    neverSay: gaps.filter((g) => matches(c.unacceptable, g)),
    relevantShare: judged.length === 0 ? 0 : judged.filter((g) => matches(c.acceptable, g)).length / judged.length,
    owned: gaps.filter((g) => c.has.some((h) => h.toLowerCase() === g.toLowerCase())),
  };
}

/**
 * Runs the labelled role-gap set from the project root: each case's skills written as a short résumé,
 * analysed with the case's target role. Used by the bench and the role-gap test.
 */
export function runRoleGapSet(root: string): RoleGapOutcome[] {
  const dir = join(root, 'test/fixtures/analysis/role-gaps');
  const split = (JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as { cases: Record<string, 'tuning' | 'test'> }).cases;
  return readRoleGapCases(join(dir, 'labels.json')).map((c) => ({ ...judgeRoleGapCase(c), side: split[c.id]! }));
}

/** Totals for one side: cases with no never-say gap, mean relevant share of the first ten, cases with ≥ half relevant. */
export function roleGapSummary(outcomes: readonly RoleGapOutcome[]): { cases: number; clean: number; meanRelevant: number; halfRelevant: number; empty: number } {
  return {
    cases: outcomes.length,
    clean: outcomes.filter((o) => o.neverSay.length === 0).length,
    meanRelevant: Math.round((100 * outcomes.reduce((s, o) => s + o.relevantShare, 0)) / Math.max(1, outcomes.length)) / 100,
    halfRelevant: outcomes.filter((o) => o.relevantShare >= 0.5).length,
    empty: outcomes.filter((o) => o.gaps.length === 0).length,
  };
}
