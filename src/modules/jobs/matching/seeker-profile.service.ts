import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { extractSkills } from '../../../kernel/skills/index.js';
import { User } from '../../../platform/identity/user.entity.js';
import { DocumentsService } from '../../documents/index.js';
import type { SeekerProfile } from './job-fit.js';

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
  ) {}

  /**
   * In the person's request: the account is the one its session read (the request's identity map
   * answers without a query), and the newest résumé's profile is one statement.
   */
  async of(userId: string): Promise<SeekerProfile | null> {
    const [user, resume] = await Promise.all([this.em.findOne(User, { id: userId }), this.documents.newestResumeProfile(userId)]);
    if (!user) return null;
    const written = resume ? resume.skills.flatMap((s) => [s.name ?? '', ...(s.keywords ?? [])]).filter(Boolean) : [];
    const canonical = extractSkills(written.join(', ')).map((s) => s.name);
    return {
      skills: [...new Set([...written, ...canonical])],
      targetRoles: user.targetRoles,
      locations: user.locations,
      workMode: user.workMode,
      seniority: user.seniority,
    };
  }
}
