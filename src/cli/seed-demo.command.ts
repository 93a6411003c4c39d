import { textFor, type CliCommand } from './cli-command.js';
import { DemoPostingsService } from '../modules/jobs/index.js';

/** `seed-demo`: demo companies and job postings (skipped when already there). */
export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo',
  summary: 'Load the demo companies and job postings (skips any already loaded)',
  needsApp: true,
  async run(_args, io, app) {
    if (!app) return 1;
    const { companies, postings } = await app.get(DemoPostingsService).seed();
    const t = textFor(io);
    io.stderr.write(`${t('cli.seedDemo.done', { companies, postings })}\n`);
    return 0;
  },
};
