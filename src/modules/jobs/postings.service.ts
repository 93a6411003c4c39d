import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { jobRequirements } from '../../kernel/skills/index.js';
import { CompaniesService } from './companies.service.js';
import { PostingPoolCache } from './posting-pool.cache.js';
import { JobPosting, type DescriptionFormat, type EmploymentType, type PostingLanguage, type PostingSeniority, type WorkplaceType } from './job-posting.entity.js';
import { JobsNotFoundError } from './jobs.errors.js';

export interface PostingInput {
  title: string;
  locations: string[];
  workplace: WorkplaceType;
  seniority: PostingSeniority;
  employmentType: EmploymentType;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  description: string;
  descriptionFormat: DescriptionFormat;
  language: PostingLanguage;
  /** As edited by the employer; null (or a draft saved with "extract again") means: read them from the description. */
  requiredSkills: string[] | null;
  preferredSkills: string[] | null;
}

export interface ExtractedSkills {
  requiredSkills: string[];
  preferredSkills: string[];
  keywords: string[];
}

/** The job-skills engine on a description: required and preferred skills, and other key terms. */
export function extractPostingSkills(description: string): ExtractedSkills {
  const found = jobRequirements(description);
  const required = found.required.map((s) => s.name);
  return {
    requiredSkills: required.slice(0, 30),
    preferredSkills: found.preferred.map((s) => s.name).filter((name) => !required.includes(name)).slice(0, 30),
    keywords: found.keywords.slice(0, 20),
  };
}

const skillTerms = (posting: Pick<JobPosting, 'requiredSkills' | 'preferredSkills'>): string => [...posting.requiredSkills, ...posting.preferredSkills].join(' ');

/** Postings as their company manages them: every change is by a member of the posting's company. */
@Injectable()
export class PostingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly companies: CompaniesService,
    private readonly pools: PostingPoolCache,
  ) {}

  async create(userId: string, input: PostingInput): Promise<JobPosting> {
    const em = this.em.fork();
    const member = await this.companies.requireMembership(userId, em);
    const { requiredSkills, preferredSkills, ...fields } = input;
    const extracted = extractPostingSkills(input.description);
    const posting = em.create(JobPosting, {
      ...fields,
      company: member.company,
      requiredSkills: requiredSkills ?? extracted.requiredSkills,
      preferredSkills: preferredSkills ?? extracted.preferredSkills,
      keywords: extracted.keywords,
      skillTerms: '',
      status: 'draft',
    });
    posting.skillTerms = skillTerms(posting);
    await em.flush();
    return posting;
  }

  /** Skills stay as edited once published: the engine reads a changed description only in a draft. */
  async update(userId: string, postingId: string, input: PostingInput): Promise<JobPosting> {
    const em = this.em.fork();
    const posting = await this.ownedPosting(userId, postingId, em);
    const { requiredSkills, preferredSkills, ...fields } = input;
    em.assign(posting, fields);
    if (posting.status === 'draft') {
      const extracted = extractPostingSkills(input.description);
      posting.requiredSkills = requiredSkills ?? extracted.requiredSkills;
      posting.preferredSkills = preferredSkills ?? extracted.preferredSkills;
      posting.keywords = extracted.keywords;
      posting.skillTerms = skillTerms(posting);
    }
    await em.flush();
    // Search pages on this instance show the change at once (others within the pools' lifetime).
    this.pools.forget();
    return posting;
  }

  async setStatus(userId: string, postingId: string, action: 'publish' | 'close' | 'reopen'): Promise<JobPosting> {
    const em = this.em.fork();
    const posting = await this.ownedPosting(userId, postingId, em);
    const now = new Date();
    if (action === 'close') {
      posting.status = 'closed';
      posting.closedAt = now;
    } else {
      posting.status = 'published';
      posting.closedAt = null;
      // Reopening keeps the first publication date, so a reopened posting does not jump ahead as new.
      posting.publishedAt ??= now;
    }
    await em.flush();
    this.pools.forget();
    return posting;
  }

  /** A posting of the person's company, or not found. */
  async ownedPosting(userId: string, postingId: string, em: EntityManager = this.em.fork()): Promise<JobPosting> {
    const member = await this.companies.requireMembership(userId, em);
    const posting = await em.findOne(JobPosting, { id: postingId, company: member.company.id }, { populate: ['company'] });
    if (!posting) throw new JobsNotFoundError();
    return posting;
  }

  listForCompany(companyId: string): Promise<JobPosting[]> {
    return this.em.fork().find(JobPosting, { company: companyId }, { orderBy: { createdAt: 'desc' } });
  }

  /** What anyone may read: published and closed postings (a closed one says so); never drafts. */
  async publicPosting(postingId: string): Promise<JobPosting> {
    const posting = await this.em.fork().findOne(JobPosting, { id: postingId, status: { $in: ['published', 'closed'] } }, { populate: ['company'] });
    if (!posting) throw new JobsNotFoundError();
    return posting;
  }

  publishedByCompany(companyId: string): Promise<JobPosting[]> {
    return this.em.fork().find(JobPosting, { company: companyId, status: 'published' }, { orderBy: { publishedAt: 'desc' }, limit: 50 });
  }

  countAll(): Promise<number> {
    return this.em.fork().count(JobPosting, {});
  }
}
