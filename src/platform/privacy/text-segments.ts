/** A piece of a text as a page shows it: plain, or a finding shown the way its warning shows it. */
export type TextSegment =
  | { kind: 'plain'; text: string }
  | { kind: 'finding'; severity: 'warning' | 'note'; label: string; labelKey: string; shown: string };

export interface MarkedSpan {
  start: number;
  end: number;
  severity: 'warning' | 'note';
  label: string;
  /** Catalog key of the label, for pages in the reader's language. */
  labelKey: string;
  /** What the page prints in place of the span (the masked value for sensitive data). */
  shown: string;
}

/**
 * Cuts a text into plain and marked segments, so a template can mark findings without ever
 * printing the raw value of a masked one (and without `| safe`: every segment is autoescaped).
 * Spans overlapping an earlier one are dropped; the first (by start) wins.
 */
export function segmentText(text: string, spans: readonly MarkedSpan[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < cursor || span.end > text.length || span.end <= span.start) continue;
    if (span.start > cursor) segments.push({ kind: 'plain', text: text.slice(cursor, span.start) });
    segments.push({ kind: 'finding', severity: span.severity, label: span.label, labelKey: span.labelKey, shown: span.shown });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ kind: 'plain', text: text.slice(cursor) });
  return segments;
}
