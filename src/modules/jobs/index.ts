// The jobs module's public face: the only file others import.
export { JobsModule } from './jobs.module.js';
