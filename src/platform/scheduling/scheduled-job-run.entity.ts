import { defineEntity, p } from '@mikro-orm/core';

/**
 * One row per (job, time slot). Inserting it is the claim: with several app instances on one
 * database only the instance whose insert succeeds runs the job for that slot.
 */
const ScheduledJobRunSchema = defineEntity({
  name: 'ScheduledJobRun',
  tableName: 'scheduled_job_runs',
  properties: {
    jobName: p.string().length(100).primary(),
    slot: p.datetime().primary(),
    instanceId: p.string().length(64),
    startedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
    outcome: p.string().length(20).nullable(),
  },
});

export class ScheduledJobRun extends ScheduledJobRunSchema.class {}
ScheduledJobRunSchema.setClass(ScheduledJobRun);
