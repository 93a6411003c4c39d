import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { extractSkills } from '../../../kernel/skills/index.js';
import { preparedRows, preparedStatement } from '../../../platform/database/prepared-query.js';
import type { AuthUser } from '../../../platform/identity/current-user.js';
import { PageDataCache } from '../../../platform/web/page-data-cache.js';
import { DocumentsService } from '../../documents/index.js';
import type { SeekerProfile } from './job-fit.js';

/** The account's goals, the part of a seeker profile the account holds. */
type SeekerGoals = Pick<SeekerProfile, 'targetRoles' | 'locations' | 'workMode' | 'seniority'>;

// Every signed-in search runs it: a prepared statement (see prepared-query.ts) of the four columns fit
// ranking reads, instead of building the whole account entity.
const SEEKER_GOALS = preparedStatement(
  'jobs_seeker_goals',
  `select target_roles as "targetRoles", locations, work_mode as "workMode", seniority from users where id = $1`,
);

/**
 * The person's side of fit ranking: goals from their account, skills from their newest résumé's
 * structured profile (the names they wrote and the taxonomy's names for them, so "JS" meets a
 * posting's "JavaScript"). Read for them alone, in their own request; nothing of it is stored here.
 */
@Injectable()
export class SeekerProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly documents: DocumentsService,
    private readonly pages: PageDataCache,
  ) {}

  /**
   * The signed-in person's profile for ranking their search, read once per data version (issue #18):
   * goals and résumé change only by writes to their own rows, which commit a new version, so every
   * search until then ranks with the same profile without its two statements, the résumé's
   * decryption and the skills extraction. The cache holds it as long as it may hold decrypted data.
   */
  forRanking(actor: AuthUser): Promise<SeekerProfile | null> {
    return this.pages.view(actor, 'jobs-seeker-profile', '', () => this.of(actor.id));
  }

  /** In the person's request: the account's goals and the newest résumé's profile, one statement each, at once. */
  async of(userId: string): Promise<SeekerProfile | null> {
    const [[goals], resume] = await Promise.all([preparedRows<SeekerGoals>(this.em, SEEKER_GOALS, [userId]), this.documents.newestResumeProfile(userId)]);
    if (!goals) return null;
    const written = resume ? resume.skills.flatMap((s) => [s.name ?? '', ...(s.keywords ?? [])]).filter(Boolean) : [];
    const canonical = extractSkills(written.join(', ')).map((s) => s.name);
    return {
      skills: [...new Set([...written, ...canonical])],
      targetRoles: goals.targetRoles,
      locations: goals.locations,
      workMode: goals.workMode,
      seniority: goals.seniority,
    };
  }
}
