import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../../platform/contracts/user-data-participant.js';
import { AdvisorProfile, Consultation } from './advisor.entities.js';
import { AdvisorsService } from './advisors.service.js';

/**
 * Consultations and advisor profiles in export and erasure (R1, R2). Erasing a person deletes their
 * consultations (the advisor loses access at once); erasing an advisor deletes their profile and every
 * consultation made with them.
 */
@Injectable()
@UserDataParticipant()
export class AdvisorsDataParticipant implements UserDataContributor {
  readonly dataArea = 'advisors';
  readonly exportFolder = { name: 'advisors', description: 'your consultations with advisors — what you shared, with whom, and every time they opened it — and your advisor profile if you are one' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly advisors: AdvisorsService) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const data = await this.advisors.exportFor(userId);
    return [
      { path: 'advisors/consultations.json', content: JSON.stringify(data.consultations, null, 2) },
      { path: 'advisors/advisor-profile.json', content: JSON.stringify(data.advisorProfile, null, 2) },
    ];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(Consultation, { $or: [{ owner: userId }, { advisor: userId }] });
    await em.nativeUpdate(AdvisorProfile, { verifiedBy: userId }, { verifiedBy: null });
    await em.nativeDelete(AdvisorProfile, { user: userId });
  }
}
