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

  async of(userId: string): Promise<SeekerProfile | null> {
    const user = await this.em.fork().findOne(User, { id: userId });
    if (!user) return null;
    const resume = (await this.documents.list(userId)).find((d) => d.category === 'resume');
    const written = resume ? (await this.documents.profile(userId, resume.id)).resume.skills.flatMap((s) => [s.name ?? '', ...(s.keywords ?? [])]).filter(Boolean) : [];
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
