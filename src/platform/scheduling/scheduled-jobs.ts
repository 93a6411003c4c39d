import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ScheduledJobRunner } from './scheduled-job-runner.service.js';

/**
 * Where `@nestjs/schedule`'s `@Cron()` keeps a method's schedule. The package does not export the
 * constant; `test/integration/scheduled-jobs-catalog.spec.ts` fails if it moves.
 */
const CRON_OPTIONS = 'SCHEDULE_CRON_OPTIONS';

export interface ScheduledJobInfo {
  name: string;
  /** The cron expression. */
  schedule: string;
  lastRun: { startedAt: Date; finishedAt: Date | null; outcome: string | null } | undefined;
}

interface DiscoveredJob {
  name: string;
  schedule: string;
  run: () => Promise<unknown>;
}

export class UnknownJobError extends Error {
  override name = 'UnknownJobError';
}

/**
 * Every scheduled job in the app, found from the `@Cron({ name })` methods of every provider — so
 * a job added anywhere is listed and runnable without registering it twice. Operators list them and
 * run one by hand (`npm run cli -- list-jobs | run-job <name>`); admins see them with their last run.
 */
@Injectable()
export class ScheduledJobs implements OnModuleInit {
  private jobs = new Map<string, DiscoveredJob>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly runner: ScheduledJobRunner,
  ) {}

  onModuleInit(): void {
    const jobs = new Map<string, DiscoveredJob>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = instance[method];
        if (typeof handler !== 'function') continue;
        const options = Reflect.getMetadata(CRON_OPTIONS, handler) as { name?: string; cronTime?: unknown } | undefined;
        if (!options) continue;
        if (!options.name) throw new Error(`The scheduled job ${wrapper.name}.${method} has no name`);
        if (jobs.has(options.name)) throw new Error(`Two scheduled jobs are named ${options.name}`);
        jobs.set(options.name, { name: options.name, schedule: String(options.cronTime), run: () => Promise.resolve((handler as () => unknown).call(instance)) });
      }
    }
    this.jobs = new Map([...jobs].sort(([a], [b]) => a.localeCompare(b)));
  }

  async list(): Promise<ScheduledJobInfo[]> {
    const last = await this.runner.lastRuns();
    return [...this.jobs.values()].map((job) => {
      const run = last.get(job.name);
      return { name: job.name, schedule: job.schedule, lastRun: run ? { startedAt: run.startedAt, finishedAt: run.finishedAt ?? null, outcome: run.outcome ?? null } : undefined };
    });
  }

  has(name: string): boolean {
    return this.jobs.has(name);
  }

  /** Runs the job once now, outside its schedule (a run of its own, recorded like any other). */
  async runNow(name: string): Promise<unknown> {
    const job = this.jobs.get(name);
    if (!job) throw new UnknownJobError(`No scheduled job is named ${name}`);
    return this.runner.runManually(job.run);
  }
}

/** The catalogue of scheduled jobs; global so the CLI and the admin pages reach it. */
@Global()
@Module({ imports: [DiscoveryModule], providers: [ScheduledJobs], exports: [ScheduledJobs] })
export class SchedulingModule {}
