import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityManager as Em } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ERASE_PHASE, UserDataParticipant, type ExportEntry, type UserDataContributor } from '../../platform/contracts/user-data-participant.js';
import { Session } from '../../platform/identity/session.entity.js';
import { User } from '../../platform/identity/user.entity.js';

/** The accounts module's part of export and erasure: the profile and session history. */
@Injectable()
@UserDataParticipant()
export class AccountsDataParticipant implements UserDataContributor {
  readonly dataArea = 'accounts';
  readonly exportFolder = { name: 'accounts', description: 'your profile, job preferences and sign-in sessions' };
  readonly erasePhase = ERASE_PHASE.account;

  constructor(private readonly em: Em) {}

  async exportUserData(userId: string): Promise<ExportEntry[]> {
    const user = await this.em.findOneOrFail(User, { id: userId });
    const sessions = await this.em.find(Session, { user: userId }, { orderBy: { createdAt: 'desc' } });
    const profile = {
      email: user.email,
      displayName: user.displayName,
      photoUrl: user.photoUrl ?? null,
      signInProvider: user.provider,
      providerSubject: user.providerSubject,
      role: user.role,
      jobPreferences: {
        targetRoles: user.targetRoles,
        locations: user.locations,
        workMode: user.workMode,
        seniority: user.seniority,
      },
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    };
    const sessionRows = sessions.map((s) => ({
      startedAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      endsAt: s.absoluteExpiresAt.toISOString(),
      revokedAt: s.revokedAt?.toISOString() ?? null,
    }));
    return [
      { path: 'accounts/profile.json', content: JSON.stringify(profile, null, 2) },
      { path: 'accounts/sessions.json', content: JSON.stringify(sessionRows, null, 2) },
    ];
  }

  async eraseUserData(userId: string, em: EntityManager): Promise<void> {
    await em.nativeDelete(Session, { user: userId });
    await em.nativeDelete(User, { id: userId });
  }
}
