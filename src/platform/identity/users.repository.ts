import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User, type Role } from './user.entity.js';

/** Queries on accounts. A user row is its own owner: every read is by the account's id or sign-in identity. */
@Injectable()
export class UsersRepository {
  constructor(private readonly em: EntityManager) {}

  findByIdentity(provider: User['provider'], subject: string): Promise<User | null> {
    return this.em.findOne(User, { provider, providerSubject: subject });
  }

  findById(userId: string, em: EntityManager = this.em): Promise<User | null> {
    return em.findOne(User, { id: userId });
  }

  setLocale(userId: string, locale: User['locale']): Promise<number> {
    return this.em.nativeUpdate(User, { id: userId }, { locale });
  }

  /** Accounts holding any role but the default one (staff and employers), for administrators. */
  withGrantedRoles(): Promise<User[]> {
    return this.em.find(User, { role: { $ne: 'job_seeker' } }, { orderBy: { role: 'asc', email: 'asc' } });
  }

  setRoleById(userId: string, role: Role): Promise<number> {
    return this.em.nativeUpdate(User, { id: userId }, { role });
  }

  /** Operator action: matches the email case-insensitively, literally (no wildcards). */
  setRoleByEmail(email: string, role: Role): Promise<number> {
    return this.em.nativeUpdate(User, { email: { $ilike: email.replace(/[\\%_]/g, '\\$&') } }, { role });
  }
}
