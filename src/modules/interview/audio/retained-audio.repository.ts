import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AudioRetentionConsent, RetainedAudio } from './retained-audio.entity.js';

/**
 * Queries on kept recordings and the opt-in to keep them (promise V4). Every read takes the owner id
 * (A3), except the scheduled purge of expired recordings (across accounts, by design) and the access
 * policy asking whose a recording is.
 */
@Injectable()
export class RetainedAudioRepository {
  constructor(private readonly em: EntityManager) {}

  async consentOf(ownerId: string): Promise<AudioRetentionConsent | null> {
    return this.em.findOne(AudioRetentionConsent, { owner: ownerId });
  }

  async grantConsent(ownerId: string): Promise<void> {
    await this.em.getConnection().execute('insert into audio_retention_consents (owner_id, granted_at) values (?, now()) on conflict do nothing', [ownerId]);
  }

  async revokeConsent(ownerId: string): Promise<void> {
    await this.em.nativeDelete(AudioRetentionConsent, { owner: ownerId });
  }

  listOwned(ownerId: string): Promise<RetainedAudio[]> {
    return this.em.find(RetainedAudio, { owner: ownerId });
  }

  listForInterview(ownerId: string, interviewId: string): Promise<RetainedAudio[]> {
    return this.em.find(RetainedAudio, { owner: ownerId, turn: { interview: interviewId } });
  }

  listForTurns(ownerId: string, turnIds: string[]): Promise<RetainedAudio[]> {
    return this.em.find(RetainedAudio, { owner: ownerId, turn: { $in: turnIds } }, { orderBy: { createdAt: 'asc' } });
  }

  /** A recording its owner may still play: not past its expiry. */
  findPlayable(ownerId: string, retainedId: string, now = new Date()): Promise<RetainedAudio | null> {
    return this.em.findOne(RetainedAudio, { id: retainedId, owner: ownerId, expiresAt: { $gt: now } });
  }

  /** Scheduled, across accounts: recordings whose time is up. */
  listExpired(now: Date): Promise<RetainedAudio[]> {
    return this.em.fork().find(RetainedAudio, { expiresAt: { $lte: now } });
  }

  async deleteRow(em: EntityManager, ownerId: string, retainedId: string): Promise<void> {
    await em.nativeDelete(RetainedAudio, { id: retainedId, owner: ownerId });
  }

  /** Owner of each existing recording among `ids`, for the access policy. */
  async ownersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.fork().find(RetainedAudio, { id: { $in: [...ids] } }, { fields: ['id', 'owner'] });
    return new Map(rows.map((row) => [row.id, row.owner.id]));
  }
}
