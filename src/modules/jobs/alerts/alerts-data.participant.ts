import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../../platform/contracts/user-data-participant.js';
import { SavedSearch } from './saved-search.entity.js';
import { SavedSearchesService } from './saved-searches.service.js';

/** Saved searches in export and erasure (R1, R2). */
@Injectable()
@UserDataParticipant()
export class AlertsDataParticipant implements UserDataContributor {
  readonly dataArea = 'job-alerts';
  readonly exportFolder = { name: 'job-alerts', description: 'your saved job searches, whether their email alerts are on, and when the last one was sent' };
  readonly erasePhase = ERASE_PHASE.rows;

  constructor(private readonly savedSearches: SavedSearchesService) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    return [{ path: 'job-alerts/saved-searches.json', content: JSON.stringify(await this.savedSearches.exportFor(userId), null, 2) }];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(SavedSearch, { owner: userId });
  }
}
