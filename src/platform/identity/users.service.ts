import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ResourceNotFoundError } from '../contracts/domain-error.js';
import type { Locale } from '../i18n/locale.js';
import { ROLES, User, type Role, type Seniority, type WorkMode } from './user.entity.js';
import type { RoleChange } from './role-change.entity.js';
import { UsersRepository, type RoleChangedBy } from './users.repository.js';

/** What we accept from an identity provider — and all we keep of it (promise A1). */
export interface VerifiedIdentity {
  provider: 'google' | 'oidc' | 'dev';
  subject: string;
  email: string;
  name: string | undefined;
  picture: string | undefined;
}

export interface ProfileChanges {
  displayName: string;
  targetRoles: string[];
  locations: string[];
  workMode: WorkMode;
  seniority: Seniority;
}

@Injectable()
export class UsersService {
  private readonly readsInFlight = new WeakMap<EntityManager, Map<string, Promise<User | null>>>();
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersRepository,
  ) {}

  /** Finds the account for a verified identity, creating it on first sign-in. */
  async signInIdentity(identity: VerifiedIdentity, locale?: Locale): Promise<User> {
    const existing = await this.users.findByIdentity(identity.provider, identity.subject);
    const photoUrl = identity.picture && /^https:\/\//.test(identity.picture) ? identity.picture : null;
    if (existing) {
      // The provider is the source of truth for email and photo; the display name is the user's own.
      existing.email = identity.email;
      existing.photoUrl = photoUrl;
      existing.locale ??= locale ?? null;
      await this.em.flush();
      return existing;
    }
    const user = this.em.create(User, {
      provider: identity.provider,
      providerSubject: identity.subject,
      email: identity.email,
      displayName: (identity.name?.trim() || identity.email.split('@')[0] || 'New user').slice(0, 120),
      photoUrl,
      // The language they signed up in, until they choose another.
      locale: locale ?? null,
    });
    await this.em.flush();
    return user;
  }

  /**
   * The person's entity in this request's entity manager. Once loaded, the identity map answers; two
   * callers asking at the same time (a page's parts load in parallel) share one read instead of racing
   * to the database twice (the session lookup no longer loads the entity, issue #18).
   */
  async get(userId: string): Promise<User> {
    const context = this.em.getContext();
    let reads = this.readsInFlight.get(context);
    if (!reads) {
      reads = new Map();
      this.readsInFlight.set(context, reads);
    }
    let read = reads.get(userId);
    if (!read) {
      read = this.users.findById(userId, context).finally(() => reads.delete(userId));
      reads.set(userId, read);
    }
    const user = await read;
    if (!user) throw new ResourceNotFoundError();
    return user;
  }

  async updateProfile(userId: string, changes: ProfileChanges): Promise<User> {
    const user = await this.get(userId);
    this.em.assign(user, changes);
    await this.em.flush();
    return user;
  }

  /** The person's language for pages on other devices, emails and anything sent outside a request. */
  async setLocale(userId: string, locale: Locale): Promise<void> {
    await this.users.setLocale(userId, locale);
  }

  /** Operator action (`npm run cli -- grant-role`). Returns how many accounts changed: 0 when none has that email. */
  async grantRole(email: string, role: Role, by: RoleChangedBy = { actorId: null, via: 'cli' }): Promise<number> {
    return this.users.setRoleByEmail(email, role, by);
  }

  /** Administrators' roles page: every account with a role granted (not the default one). */
  withGrantedRoles(): Promise<User[]> {
    return this.users.withGrantedRoles();
  }

  /** Administrator action: the account goes back to (or gets) `role`. Returns how many accounts changed. */
  setRole(userId: string, role: Role, by: RoleChangedBy): Promise<number> {
    return this.users.setRoleById(userId, role, by);
  }

  /** Who changed whose role, when (administrators' roles page). */
  recentRoleChanges(limit = 50): Promise<RoleChange[]> {
    return this.users.recentRoleChanges(limit);
  }

  /** How many accounts hold each role (an overview for administrators; no person is named). */
  async countByRole(): Promise<Record<Role, number>> {
    const rows = await this.em.getConnection().execute<{ role: Role; accounts: number }[]>('select role, count(*)::int as accounts from users group by role');
    const counts = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
    for (const row of rows) counts[row.role] = row.accounts;
    return counts;
  }
}
