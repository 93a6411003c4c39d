import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { DashboardModule } from './app/dashboard/dashboard.module.js';
import { IdentityModule } from './platform/identity/identity.module.js';
import { MailModule } from './platform/mail/index.js';
import { AccessModule } from './platform/access/access.module.js';
import { CATALOGS } from './app/catalogs.js';
import { ENTITIES } from './app/entities.js';
import { I18nModule } from './platform/i18n/i18n.module.js';
import { ormOptions } from './platform/database/mikro-orm.config.js';
import { PostgresThrottlerStorage } from './platform/rate-limits/postgres-throttler-storage.js';
import { RateLimitsDataParticipant } from './platform/rate-limits/rate-limits-data.participant.js';
import { AccountsModule } from './modules/accounts/index.js';
import { AnalysisModule } from './modules/analysis/index.js';
import { BillingModule } from './modules/billing/index.js';
import { ComplianceModule, DataRequestsModule } from './modules/compliance/index.js';
import { ConsentModule } from './modules/consent/index.js';
import { DocumentsModule } from './modules/documents/index.js';
import { InterviewModule } from './modules/interview/index.js';
import { JobsModule } from './modules/jobs/index.js';
import { SessionAuthGuard } from './platform/identity/auth.guard.js';
import { HealthController } from './platform/web/health.controller.js';
import { AppExceptionFilter } from './platform/web/app-exception.filter.js';
import { PublicOrigin } from './platform/web/public-origin.service.js';
import { DATABASE_URL, JobQueue, QUEUE_WORKERS } from './platform/queue/job-queue.service.js';
import { QueueDataParticipant } from './platform/queue/queue-data.participant.js';
import { ScheduledJobRunner } from './platform/scheduling/scheduled-job-runner.service.js';
import { SchedulingModule } from './platform/scheduling/scheduled-jobs.js';
import { Clock } from './platform/scheduling/clock.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Off in tests that drive jobs by hand; on in the running app. */
  schedule?: boolean;
  /** Whether this process works queued jobs (the CLI only enqueues). */
  queueWorkers?: boolean;
}

/** Cross-cutting providers every module may inject: the config, the origin, the job runner. */
@Global()
@Module({})
class CoreModule {
  static register(config: AppConfig, databaseUrl: string, queueWorkers: boolean): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: QUEUE_WORKERS, useValue: queueWorkers },
        PublicOrigin,
        ScheduledJobRunner,
        JobQueue,
        QueueDataParticipant,
        RateLimitsDataParticipant,
        Clock,
      ],
      exports: [APP_CONFIG, DATABASE_URL, PublicOrigin, ScheduledJobRunner, JobQueue, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, schedule = true, queueWorkers = true }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, databaseUrl, queueWorkers),
        MikroOrmModule.forRoot(ormOptions({ url: databaseUrl, ssl: config.database.ssl, entities: ENTITIES })),
        ...(schedule ? [ScheduleModule.forRoot()] : []),
        // Counted in PostgreSQL so every limit holds across app instances (issue #18).
        ThrottlerModule.forRootAsync({
          inject: [MikroORM],
          useFactory: (orm: MikroORM) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: config.signInRateLimit }],
            storage: new PostgresThrottlerStorage(orm),
          }),
        }),
        I18nModule.forRoot(CATALOGS, config.defaultLocale),
        IdentityModule,
        MailModule,
        AccessModule,
        SchedulingModule,
        AccountsModule,
        DocumentsModule,
        AnalysisModule,
        InterviewModule,
        JobsModule,
        BillingModule,
        ConsentModule,
        ComplianceModule,
        DataRequestsModule,
        DashboardModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: SessionAuthGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
    };
  }
}
