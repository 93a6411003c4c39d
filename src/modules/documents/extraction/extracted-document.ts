import type { DocumentKind } from './file-type-detector.js';

/** Per-page layout facts, kept for a later ATS-readability check (columns and tables trip up ATS parsers). */
export interface PageLayout {
  page: number;
  columns: number;
  /** x coordinate (PDF points) of the vertical gutter when `columns` is 2. */
  gutterX?: number;
  /** Lines whose cells were separated by wide gaps (tables, right-aligned dates). */
  tabularLines: number;
  /** Runs of two or more consecutive tab-separated lines. */
  tables: number;
}

export interface DocumentLayout {
  /** Highest column count seen on any page (DOCX: from the section properties). */
  columns: number;
  tables: number;
  lines: number;
  pages?: PageLayout[];
}

export interface ExtractedDocument {
  kind: DocumentKind;
  text: string;
  pages?: number;
  hasTextLayer: boolean;
  layout: DocumentLayout;
}
