import { detectSensitive, redact, type SensitiveFinding, type SensitiveType } from './index.js';
import { detectPersonalDetails, type PersonalDetailTopic } from './personal-details.js';
import { segmentText, type TextSegment } from './text-segments.js';
import en from '../i18n/catalog/en.json' with { type: 'json' };

/**
 * Labels live in the common catalog (`privacy.types.*`, `privacy.topics.*`); pages translate
 * `labelKey`. `label` is the English wording, for callers that have no locale (and pages not yet translated).
 */
const LABELS = en.privacy.types satisfies Record<SensitiveType, string>;

/** Contact details are expected in a resume's contact block; there they get a softer note. */
const CONTACT_TYPES = new Set<SensitiveType>(['PHONE', 'EMAIL', 'ADDRESS']);

export interface SensitiveWarning {
  /** Stable id within one text, used by the one-click redaction form. */
  id: string;
  type: SensitiveType;
  /** English label; pages show `t(labelKey)` in the reader's language. */
  label: string;
  /** Common-catalog key of the label: `privacy.types.<TYPE>`. */
  labelKey: string;
  masked: string;
  line: number;
  /** True for contact details inside the contact block: shown as a note, not a warning. */
  expected: boolean;
  /** 'note' for expected contact details; 'warning' otherwise. */
  severity: 'warning' | 'note';
  start: number;
  end: number;
}

/**
 * Warnings for a text, with where each finding is (masked — the page never repeats the raw value).
 * `contactBlockEnd` marks the end of a resume's contact header, where email and phone are normal.
 */
export function sensitiveWarnings(text: string, contactBlockEnd = 0): SensitiveWarning[] {
  return detectSensitive(text).map((finding: SensitiveFinding) => ({
    id: `${finding.type}-${finding.start}-${finding.end}`,
    type: finding.type,
    label: LABELS[finding.type],
    labelKey: `privacy.types.${finding.type}`,
    masked: finding.masked,
    line: lineOf(text, finding.start),
    expected: finding.end <= contactBlockEnd && CONTACT_TYPES.has(finding.type),
    severity: finding.end <= contactBlockEnd && CONTACT_TYPES.has(finding.type) ? 'note' : 'warning',
    start: finding.start,
    end: finding.end,
  }));
}

const TOPIC_LABELS = en.privacy.topics satisfies Record<PersonalDetailTopic, string>;

/**
 * A soft note: a personal detail employers should not ask about (marital status, children,
 * religion, health, a photo). Never blocking, never redacted; the user decides whether to keep it.
 */
export interface PersonalDetailNote {
  id: string;
  topic: PersonalDetailTopic;
  /** English label; pages show `t(labelKey)`. */
  label: string;
  /** Common-catalog key of the label: `privacy.topics.<TOPIC>`. */
  labelKey: string;
  /** The words that raised the note; not sensitive themselves, so shown as written. */
  phrase: string;
  line: number;
  severity: 'note';
  start: number;
  end: number;
}

export function personalDetailNotes(text: string): PersonalDetailNote[] {
  return detectPersonalDetails(text).map((d) => ({
    id: `${d.topic}-${d.start}-${d.end}`,
    topic: d.topic,
    label: TOPIC_LABELS[d.topic],
    labelKey: `privacy.topics.${d.topic}`,
    phrase: d.text,
    line: lineOf(text, d.start),
    severity: 'note',
    start: d.start,
    end: d.end,
  }));
}

/**
 * The text as the document page prints it: every sensitive finding replaced by the same masked
 * preview its warning shows (the page never prints a value it warns about), personal details marked.
 */
export function markedText(text: string, warnings: readonly SensitiveWarning[], notes: readonly PersonalDetailNote[]): TextSegment[] {
  return segmentText(text, [
    ...warnings.map((w) => ({ start: w.start, end: w.end, severity: w.severity, label: w.label, labelKey: w.labelKey, shown: w.masked })),
    ...notes.map((n) => ({ start: n.start, end: n.end, severity: n.severity, label: n.label, labelKey: n.labelKey, shown: n.phrase })),
  ]);
}

/** Replaces the chosen findings (by id; all unexpected ones when `ids` is 'all') with placeholders. */
export function redactWarnings(text: string, ids: readonly string[] | 'all', contactBlockEnd = 0): { text: string; redacted: number } {
  return redactChosenWarnings(text, sensitiveWarnings(text, contactBlockEnd), ids);
}

/**
 * The same with warnings already found for this exact text (stored with a document, so a redaction
 * runs no detection). Personal-detail notes are not warnings: "Redact all" never touches them.
 */
export function redactChosenWarnings(text: string, warnings: readonly SensitiveWarning[], ids: readonly string[] | 'all'): { text: string; redacted: number } {
  const chosen = warnings.filter((w) => (ids === 'all' ? !w.expected : ids.includes(w.id)));
  return { text: redact(text, chosen), redacted: chosen.length };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
