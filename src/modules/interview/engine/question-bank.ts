import bankData from './data/question-bank.json' with { type: 'json' };
import type { PlannedQuestion } from './interview-types.js';

/** Roles the bank has their own questions for; `any` holds the general behavioral questions. */
export type BankRole = 'frontend_engineer' | 'data_scientist' | 'product_manager';

export interface BankQuestion extends PlannedQuestion {
  role: BankRole | 'any';
  /** Key words of the source's reference answer (data-science questions only), for the relevance check. */
  terms?: string[];
  difficulty?: string;
  /** Index into `QUESTION_BANK_SOURCES`. */
  source: number;
}

interface BankFile {
  sources: Array<{ repo: string; commit: string; license: string }>;
  questions: BankQuestion[];
}

/**
 * Questions built by scripts/build-question-bank.mjs from four public question sets (MIT, CC BY 4.0;
 * see NOTICE), filtered and generalised. Read once per process.
 */
const file = bankData as unknown as BankFile;
export const QUESTION_BANK: readonly BankQuestion[] = file.questions;
export const QUESTION_BANK_SOURCES = file.sources;

const byId = new Map(QUESTION_BANK.map((q) => [q.id, q]));

export function bankQuestion(id: string): BankQuestion | undefined {
  return byId.get(id);
}

/**
 * The bank role for a free-text target role, or undefined when the bank has no questions of its own
 * for it (then technical questions are generated from skills). "Analyst" alone is too broad (financial
 * analyst, business analyst): only data / analytics / BI / quantitative analysts count as data roles.
 */
export function bankRoleFor(role: string): BankRole | undefined {
  const r = role.toLowerCase();
  if (/\bfront[\s-]?end\b/.test(r)) return 'frontend_engineer';
  if (/\b(?:web|javascript|js|typescript|react|vue|angular|ui)\b.*\b(?:engineer|developer|dev|programmer)\b/.test(r)) return 'frontend_engineer';
  if (/\b(?:data scien\w*|machine learning|ml|ai engineer|deep learning|data analyst|analytics|bi analyst|quantitative analyst|business intelligence)\b/.test(r)) return 'data_scientist';
  if (/\bproduct (?:manager|owner|lead|management)\b|\b(?:pm|po|cpo)\b/.test(r)) return 'product_manager';
  return undefined;
}
