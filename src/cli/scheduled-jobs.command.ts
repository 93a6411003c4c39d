import { CliUsageError, textFor, type CliCommand } from './cli-command.js';
import { ScheduledJobs } from '../platform/scheduling/scheduled-jobs.js';

/**
 * `list-jobs`: every scheduled job with its schedule and last run, one line each on stdout (tab-
 * separated: name, cron, last start as ISO or `-`, outcome or `-`), for operators and scripts.
 */
export const listJobsCommand: CliCommand = {
  name: 'list-jobs',
  usage: 'list-jobs',
  summary: 'List the scheduled jobs with their schedule and last run',
  needsApp: true,
  async run(args, io, app) {
    if (args.length > 0 || !app) throw new CliUsageError(this.usage);
    for (const job of await app.get(ScheduledJobs).list()) {
      io.stdout.write(`${[job.name, job.schedule, job.lastRun?.startedAt.toISOString() ?? '-', job.lastRun?.outcome ?? '-'].join('\t')}\n`);
    }
    return 0;
  },
};

/**
 * `run-job <name>`: runs one scheduled job now, once, outside its schedule (recorded as a run of its
 * own, visible to admins). Exits 1 when the job failed, 64 for an unknown name.
 */
export const runJobCommand: CliCommand = {
  name: 'run-job',
  usage: 'run-job <name>',
  summary: 'Run one scheduled job now (see list-jobs)',
  needsApp: true,
  async run(args, io, app) {
    const [name] = args;
    if (!name || args.length > 1 || !app) throw new CliUsageError(this.usage);
    const jobs = app.get(ScheduledJobs);
    const t = textFor(io);
    if (!jobs.has(name)) {
      io.stderr.write(`${t('cli.runJob.unknown', { name })}\n`);
      return 64;
    }
    const started = Date.now();
    await jobs.runNow(name);
    const last = (await jobs.list()).find((job) => job.name === name)?.lastRun;
    // Jobs that claim no slot (they run on every instance) leave no run row: their method returning is the outcome.
    const failed = last !== undefined && last.startedAt.getTime() >= started - 1000 && last.outcome === 'failed';
    if (failed) {
      io.stderr.write(`${t('cli.runJob.failed', { name })}\n`);
      return 1;
    }
    io.stderr.write(`${t('cli.runJob.done', { name })}\n`);
    return 0;
  },
};
