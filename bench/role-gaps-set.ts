import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResume } from '../src/modules/analysis/scoring/analyze-resume.js';
import { koreanSkillLabel } from '../src/kernel/skills/skill-labels.js';
import { HANGUL } from '../src/kernel/resume/resume-sections.js';

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
  /**
   * The same judgement on the canonical English names alone, as the bench judged before wave 23: a Korean role's
   * gaps, shown to its reader by their Korean labels, were held against patterns the labeller wrote in Korean.
   */
  byEnglishName: { neverSay: string[]; relevantShare: number };
}

/** How many gaps are judged: what the report shows first. */
export const JUDGED_GAPS = 10;

/** The labelled cases of a role-gap labels file (test/fixtures/analysis/role-gaps/labels.json and sets of its shape). */
export function readRoleGapCases(labelsFile: string): RoleGapCase[] {
  return (JSON.parse(readFileSync(labelsFile, 'utf8')) as { cases: RoleGapCase[] }).cases;
}

/**
 * The words a gap is judged by: its canonical name, and for a Korean role (whose reader sees the skill's Korean
 * label, skill-labels.ts) that label too. The labellers of Korean roles wrote their patterns in Korean, with English
 * alternatives where a Korean page keeps the English (HACCP, Excel).
 */
export function gapWording(role: string, name: string): string[] {
  const korean = HANGUL.test(role) ? koreanSkillLabel(name) : undefined;
  return korean !== undefined && korean !== name ? [name, korean] : [name];
}

/** Whether a label pattern matches any of a gap's wordings. */
export function gapMatches(patterns: readonly string[], wordings: readonly string[]): boolean {
  return patterns.some((p) => wordings.some((w) => new RegExp(p, 'i').test(w)));
}

/** One case's skills written as a short résumé, analysed with the case's target role, and its gaps judged against the labels. */
export function judgeRoleGapCase(c: RoleGapCase): Omit<RoleGapOutcome, 'side'> {
  const text = `Alex Example\n\nEXPERIENCE\n${c.role} — Contoso | Jan 2020 – Present\n- Worked as ${c.role}\n\nSKILLS\n${c.has.join(', ')}\n`;
  const report = analyzeResume({ text, targetRoles: [c.role], asOf: new Date('2026-06-01') });
  const gaps = report.gaps.roles[0]!.missing.map((g) => g.name);
  const judge = (wordings: (name: string) => string[]): { neverSay: string[]; relevantShare: number } => {
    const judged = gaps.slice(0, JUDGED_GAPS);
    return {
      neverSay: gaps.filter((g) => gapMatches(c.unacceptable, wordings(g))),
      relevantShare: judged.length === 0 ? 0 : judged.filter((g) => gapMatches(c.acceptable, wordings(g))).length / judged.length,
    };
  };
  return {
    id: c.id,
    role: c.role,
    gaps,
    ...judge((g) => gapWording(c.role, g)),
    owned: gaps.filter((g) => c.has.some((h) => h.toLowerCase() === g.toLowerCase())),
    byEnglishName: judge((g) => [g]),
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

export interface RoleGapTotals {
  cases: number;
  clean: number;
  meanRelevant: number;
  halfRelevant: number;
  empty: number;
}

/**
 * Totals for one side: cases with no never-say gap, mean relevant share of the first ten, cases with ≥ half relevant;
 * `byEnglishName` the same on the canonical names alone (the scoring before wave 23).
 */
export function roleGapSummary(outcomes: readonly RoleGapOutcome[]): RoleGapTotals & { byEnglishName: RoleGapTotals } {
  const totals = (judged: ReadonlyArray<{ neverSay: string[]; relevantShare: number; gaps: string[] }>): RoleGapTotals => ({
    cases: judged.length,
    clean: judged.filter((o) => o.neverSay.length === 0).length,
    meanRelevant: Math.round((100 * judged.reduce((s, o) => s + o.relevantShare, 0)) / Math.max(1, judged.length)) / 100,
    halfRelevant: judged.filter((o) => o.relevantShare >= 0.5).length,
    empty: judged.filter((o) => o.gaps.length === 0).length,
  });
  return { ...totals(outcomes), byEnglishName: totals(outcomes.map((o) => ({ ...o.byEnglishName, gaps: o.gaps }))) };
}

/** One set's role-gap row as the bench prints it: the scoring of shown wordings, then the English-name scoring beside it. */
export function roleGapRow(label: string, t: ReturnType<typeof roleGapSummary>): string {
  const figures = (x: RoleGapTotals): string =>
    `no never-say gap ${x.clean}/${x.cases}, mean relevant share of the first ${JUDGED_GAPS} ${x.meanRelevant}, half or more relevant ${x.halfRelevant}/${x.cases}, no gaps ${x.empty}`;
  return `role gaps, ${label} (${t.cases} target roles): ${figures(t)} [English names only, the scoring before wave 23: ${figures(t.byEnglishName)}]`;
}
