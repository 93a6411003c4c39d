// The jobs module's public face: the only file others import.
export { JobsModule } from './jobs.module.js';
export { JOBS_CATALOG } from './i18n/jobs.catalog.js';
