import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import type { SkillKind } from '../../../kernel/skills/skills-taxonomy.js';
import type { UserMessageKey } from '../../../platform/contracts/domain-error.js';

/**
 * Words the report says to its reader: a key of the analysis catalog (`analysis:engine.*`) and its
 * parameters, written with `messageKey()`. They are translated when the report is shown, in the
 * reader's language, so one stored report reads in Korean and in English. Parameters quoted from the
 * résumé or the job (bullets, skill names) stay as written.
 */
export type ReportMessage = UserMessageKey;

export interface AnalyzeResumeInput {
  /** The text analysed: the structured profile written out (`resumeText`), or a file's extracted text. */
  text: string;
  /**
   * The text read from the uploaded file, when `text` is something else (the profile written out):
   * the file-format findings (columns, tables, icons, contact in a header) are about the file.
   */
  fileText?: string;
  resume?: JsonResume;
  /**
   * `text` is the profile its owner edited: what they removed is gone, so only the profile says which
   * sections the résumé has (an unedited profile is read from the file, whose own headings count too).
   */
  edited?: boolean;
  layout?: { columns: number; pages?: number; hasTextLayer: boolean; tables?: number };
  job?: string;
  targetRoles?: string[];
  /** The seniority the person aims at (profile), when a target role's title does not say. */
  seniority?: string;
  /** The day "Present" means when years of experience are counted (today unless a test fixes it). */
  asOf?: Date;
}

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface Check {
  id: string;
  status: CheckStatus;
  title: ReportMessage;
  detail: ReportMessage;
  /**
   * What the check is about: quoted lines of the résumé, the ids of missing sections (`sections`) or
   * contact details (`contact`), or for `date-gaps` each gap or overlap in words.
   */
  evidence?: Array<string | ReportMessage>;
}

export type SubScoreId = 'match' | 'content' | 'structure' | 'ats';

export interface SubScore {
  id: SubScoreId;
  label: ReportMessage;
  score: number;
  /** Share of the total (0–1) actually used for this report; weights sum to 1. */
  weight: number;
  explanation: ReportMessage;
}

export interface ReportSkill {
  name: string;
  kind: SkillKind;
  mentions: Array<{ start: number; end: number; text: string; section: string }>;
}

export interface MatchVariant {
  /** What the job asks for, as we recognised it (canonical skill or keyword). */
  term: string;
  /** The wording found in the résumé. */
  found: string;
  /** The exact wording from the job description an ATS keyword filter may look for. */
  atsWants: string;
  /** alias: a synonym or abbreviation; inflection: another form of the word; evidence: a soft skill shown by what you did. */
  reason: 'alias' | 'inflection' | 'evidence';
}

export interface JobMatch {
  required: string[];
  matched: string[];
  missing: string[];
  /**
   * `missing` for display, in the same order: the job's own wording when it differs from the
   * canonical name, e.g. "AWS (Amazon Web Services)"; otherwise the canonical name.
   */
  missingDisplay: string[];
  variants: MatchVariant[];
  /** `missingDisplay`: the missing ones in the job's own wording ("AWS (Amazon Web Services)"). */
  preferred: { wanted: string[]; matched: string[]; missing: string[]; missingDisplay?: string[] };
  keywords: { wanted: string[]; matched: string[]; missing: string[] };
  /** What the job asks in its own words that the taxonomy does not name (reports before wave 5 have none). */
  phrases?: JobPhrase[];
}

export interface JobPhrase {
  phrase: string;
  preferred: boolean;
  /**
   * Where the job asks for it: a requirement sentence ("Essential", "Requirements", 자격요건: shown with the required
   * skills) or a duty line of the post ("Main duties", a sentence under no heading: weighed half). Reports stored
   * before wave 20 have none and show every phrase as the job's own words.
   */
  from?: 'requirement' | 'duty';
  verdict: 'matched' | 'variant' | 'missing';
}

export interface Suggestion {
  id: string;
  priority: 1 | 2 | 3;
  title: ReportMessage;
  why: ReportMessage;
  /** The AI provider's own wording of `why`, in English (shown to English readers instead of `why`). */
  aiWhy?: string;
  /** Résumé text as it is, and as it could be: in the résumé's own language, never translated. */
  before: string;
  after: string;
}

export interface SkillGap {
  name: string;
  kind: SkillKind;
  reason: ReportMessage;
}

/**
 * Which version of the résumé a report analysed: the profile the user edited in Candor, or what was
 * read from the uploaded file (written out through its sections, so the format does not change the
 * score), with when that version was saved.
 */
export interface AnalysedVersion {
  kind: 'edited-profile' | 'file';
  at: string;
}

export interface AnalysisReport {
  score: number;
  /** Set by the service (the engine does not know where its text came from). */
  version?: AnalysedVersion;
  breakdown: SubScore[];
  skills: ReportSkill[];
  match?: JobMatch;
  checks: Check[];
  ats: { findings: Check[]; text: string };
  suggestions: Suggestion[];
  gaps: {
    job: SkillGap[];
    /** `approximate`: no occupation's title holds the role's words; `occupations` are the nearest ones. */
    roles: Array<{ role: string; occupations: string[]; approximate?: boolean; missing: SkillGap[] }>;
    learnFirst: string[];
  };
}
