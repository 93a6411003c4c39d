// The analysis module's public face: the only file other modules, app/ and the CLI import.
export { AnalysisModule } from './analysis.module.js';
export { AnalysisService } from './analysis.service.js';
export { analysisRow } from './analysis-row.js';
export { ANALYSIS_CATALOG } from './i18n/analysis.catalog.js';
export { analyzeResume } from './scoring/analyze-resume.js';

import { Analysis } from './analysis.entity.js';
export const ANALYSIS_ENTITIES = [Analysis];
