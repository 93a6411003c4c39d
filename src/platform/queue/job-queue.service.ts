import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { settleWithin } from '../loading/time-limit.js';

export const DATABASE_URL = Symbol('DATABASE_URL');
/** False in processes that only enqueue (the CLI): they never pick up jobs. */
export const QUEUE_WORKERS = Symbol('QUEUE_WORKERS');
/** The key in every job's data naming the person whose work it is. */
export const JOB_OWNER_KEY = 'ownerId';
/** The Postgres schema pg-boss keeps its tables in. */
export const QUEUE_SCHEMA = 'pgboss';

export interface QueueDefinition<T extends object> {
  name: string;
  /** How long one attempt may run before pg-boss considers it lost and retries it. */
  expireInSeconds: number;
  retryLimit: number;
  handle(data: T): Promise<void>;
  /**
   * Runs once when pg-boss gives a job up without `handle` having settled it: its last attempt was
   * cut off (the process died, or the attempt expired). Without it, whatever `handle` marked as
   * "running" would stay so forever; with it, the owner sees a failure and can try again. Must be
   * idempotent and must leave finished work alone.
   */
  onGiveUp?(data: T & { ownerId: string }): Promise<void>;
}

/** The queue that receives a job pg-boss gave up on (its dead letter queue). */
export const givenUpQueueOf = (name: string): string => `${name}.given-up`;

/**
 * A Postgres-backed job queue (pg-boss) so slow work never blocks a request and survives a restart.
 * A running job carries a heartbeat: when its process dies (even by SIGKILL, where no shutdown code
 * runs) the heartbeat stops, and the next supervision pass of any live instance fails the attempt,
 * which is then retried, or, on its last attempt, handed to the queue's `onGiveUp`. Modules register
 * their queues here at start-up; a queue registered twice stops the app.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly definitions = new Map<string, QueueDefinition<object>>();
  private boss: PgBoss | undefined;
  private started: Promise<PgBoss> | undefined;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(QUEUE_WORKERS) private readonly workers: boolean,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register<T extends object>(definition: QueueDefinition<T>): void {
    if (this.definitions.has(definition.name)) throw new Error(`Queue ${definition.name} has two handlers`);
    this.definitions.set(definition.name, definition as QueueDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  /**
   * Queues a job for the person whose work it is: `ownerId` is stored with the job's data, so their
   * erasure removes the job row too, queued or finished (R2: see QueueDataParticipant).
   */
  async send<T extends object>(name: string, data: T, owner: { ownerId: string }): Promise<string> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`No queue named ${name}`);
    const boss = await this.start();
    const id = await boss.send(name, { ...data, [JOB_OWNER_KEY]: owner.ownerId }, {
      retryLimit: definition.retryLimit,
      retryBackoff: true,
      retryDelay: 2,
      expireInSeconds: definition.expireInSeconds,
      heartbeatSeconds: this.config.queue.heartbeatSeconds,
      ...(definition.onGiveUp ? { deadLetter: givenUpQueueOf(name) } : {}),
    });
    if (!id) throw new Error(`The queue refused a job for ${name}`);
    return id;
  }

  async onApplicationShutdown(): Promise<void> {
    // Let running jobs finish briefly; anything cut off is retried by another instance later. pg-boss bounds
    // the wait for running jobs, not the steps after it (failing what is still running, closing its pool):
    // a stop that has not finished a few seconds later is left behind so the rest of the app can still stop.
    if (!this.boss) return;
    const outcome = await settleWithin(this.boss.stop({ graceful: true, timeout: 10_000, close: true }), 15_000);
    if (outcome !== 'settled') this.logger.error(`The queue did not stop cleanly (${outcome}); its running jobs are retried by another instance`);
  }

  private start(): Promise<PgBoss> {
    this.started ??= (async () => {
      const boss = new PgBoss({
        connectionString: this.databaseUrl,
        schema: QUEUE_SCHEMA,
        application_name: 'candor-queue',
        max: 4,
        // Expiry and lost heartbeats are handled in the monitoring pass, which runs no more often
        // than both intervals allow.
        superviseIntervalSeconds: this.config.queue.superviseIntervalSeconds,
        monitorIntervalSeconds: this.config.queue.superviseIntervalSeconds,
      });
      // Errors carry no job data (which holds ids only): log the message for the operator.
      boss.on('error', (error: Error) => this.logger.error(`Queue error: ${error.message}`));
      await boss.start();
      for (const definition of this.definitions.values()) {
        const { onGiveUp } = definition;
        // A dead letter queue must exist before a job names it.
        if (onGiveUp) await boss.createQueue(givenUpQueueOf(definition.name));
        await boss.createQueue(definition.name);
        if (!this.workers) continue;
        await boss.work<object>(definition.name, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
          if (job) await definition.handle(job.data);
        });
        if (onGiveUp) {
          await boss.work<object & { ownerId: string }>(givenUpQueueOf(definition.name), { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => {
            if (job) await onGiveUp(job.data);
          });
        }
      }
      this.boss = boss;
      return boss;
    })();
    return this.started;
  }
}
