import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { Company, type CompanySize } from '../company.entity.js';
import { JobPosting, type EmploymentType, type PostingLanguage, type PostingSeniority, type WorkplaceType } from '../job-posting.entity.js';
import { extractPostingSkills } from '../postings.service.js';
import { PostingPoolCache } from '../posting-pool.cache.js';
import demo from './demo-postings.json' with { type: 'json' };

interface DemoPosting {
  title: string;
  description: string;
  language: string;
  seniority: string;
  locations: string[];
  workplace: string;
  employmentType: string;
  salary?: { min: number; max: number; currency: string } | null;
}

/**
 * Demo companies and postings (scripts/build-demo-postings.mjs; sources in NOTICE), so a fresh
 * machine has a living job board. `seed-demo` loads them; in development the first start does too
 * when there are no postings (JOBS_DEMO_SEED, never in production). A company already there is skipped.
 */
@Injectable()
export class DemoPostingsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('JobsDemo');

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pools: PostingPoolCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.demoSeedOnStart || this.config.isProduction) return;
    if ((await this.em.fork().count(JobPosting, {})) > 0) return;
    const { postings } = await this.seed();
    this.logger.log(`Loaded ${postings} demo job postings (JOBS_DEMO_SEED=off to skip)`);
  }

  async seed(now = new Date()): Promise<{ companies: number; postings: number }> {
    const seeded = await this.em.fork().transactional(async (tx) => {
      // One seeding at a time across instances; the second finds the companies there and skips.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', ['jobs-demo-seed']);
      let companies = 0;
      let postings = 0;
      for (const entry of demo.companies) {
        if (await tx.count(Company, { name: entry.name })) continue;
        const company = tx.create(Company, { name: entry.name, website: entry.website, size: entry.size as CompanySize, locations: entry.locations, description: entry.description });
        companies++;
        (entry.postings as DemoPosting[]).forEach((p, index) => {
          const skills = extractPostingSkills(p.description);
          // Spread over the last 30 days, newest first, so "posted within" filters have something to do.
          const publishedAt = new Date(now.getTime() - index * 11 * 3_600_000);
          tx.create(JobPosting, {
            company,
            title: p.title,
            description: p.description,
            descriptionFormat: 'plain',
            language: p.language as PostingLanguage,
            seniority: p.seniority as PostingSeniority,
            locations: p.locations,
            workplace: p.workplace as WorkplaceType,
            employmentType: p.employmentType as EmploymentType,
            salaryMin: p.salary?.min ?? null,
            salaryMax: p.salary?.max ?? null,
            salaryCurrency: p.salary?.currency ?? null,
            ...skills,
            skillTerms: [...skills.requiredSkills, ...skills.preferredSkills].join(' '),
            status: 'published',
            publishedAt,
          });
          postings++;
        });
      }
      return { companies, postings };
    });
    this.pools.forget();
    return seeded;
  }
}
