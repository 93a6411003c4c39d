import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SavedJob } from './application.entity.js';
import type { JobPosting } from './job-posting.entity.js';

/** A job seeker's saved postings: the queries the jobs pages need, owner-scoped. */
@Injectable()
export class SavedJobsService {
  constructor(private readonly em: EntityManager) {}

  /** Newest first, with each posting's company, for the saved-jobs page. */
  async list(userId: string): Promise<JobPosting[]> {
    const saved = await this.em.fork().find(SavedJob, { user: userId }, { populate: ['posting', 'posting.company'], orderBy: { createdAt: 'desc' } });
    return saved.map((s) => s.posting);
  }

  async isSaved(userId: string, postingId: string): Promise<boolean> {
    return (await this.em.fork().count(SavedJob, { user: userId, posting: postingId })) > 0;
  }

  /** Saving twice is one saved job (the unique pair decides, also for two requests at once). */
  async save(userId: string, postingId: string): Promise<void> {
    await this.em.fork().getConnection().execute('insert into saved_jobs (id, user_id, posting_id, created_at) values (gen_random_uuid(), ?, ?, now()) on conflict do nothing', [userId, postingId]);
  }

  async unsave(userId: string, postingId: string): Promise<void> {
    await this.em.fork().nativeDelete(SavedJob, { user: userId, posting: postingId });
  }
}
