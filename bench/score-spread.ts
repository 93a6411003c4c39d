import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractResume, type ExtractOptions } from '../src/modules/documents/extraction/extract-text.js';
import { analysedText } from '../src/modules/analysis/scoring/analysed-text.js';
import { analyzeResume } from '../src/modules/analysis/scoring/analyze-resume.js';

/** The scores of one résumé's renderings: read through its sections (what the service does) and as the file's text. */
export interface RenderingScores {
  sections: number[];
  raw: number[];
}

/**
 * Extracts and scores every rendering in `renderedDir` (files named `<résumé id>.<rendering>…`),
 * grouped by résumé, in file-name order. `timeoutMs` replaces the service's reading budget (the
 * figure is a score, not a time).
 */
export async function scoreRenderings(renderedDir: string, { timeoutMs }: Pick<ExtractOptions, 'timeoutMs'> = {}): Promise<Map<string, RenderingScores>> {
  const byResume = new Map<string, RenderingScores>();
  for (const file of readdirSync(renderedDir).sort()) {
    const { document, resume } = await extractResume(readFileSync(join(renderedDir, file)), { filename: file, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
    const layout = { columns: document.layout.columns, hasTextLayer: document.hasTextLayer, tables: document.layout.tables };
    const id = file.split('.')[0]!;
    const entry = byResume.get(id) ?? { sections: [], raw: [] };
    entry.sections.push(analyzeResume({ text: analysedText(document.text, resume, false), fileText: document.text, resume, layout }).score);
    entry.raw.push(analyzeResume({ text: document.text, resume, layout }).score);
    byResume.set(id, entry);
  }
  return byResume;
}

/** Highest minus lowest score of each résumé's renderings. */
export const spreadOf = (scores: readonly number[]): number => Math.max(...scores) - Math.min(...scores);

/** "within 3 points a/n, mean m, max x" over per-résumé spreads. */
export function spreadTotals(spreads: readonly number[]): string {
  return `within 3 points ${spreads.filter((x) => x <= 3).length}/${spreads.length}, mean ${(spreads.reduce((a, b) => a + b, 0) / spreads.length).toFixed(1)}, max ${Math.max(...spreads)}`;
}
