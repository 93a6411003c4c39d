import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';

/**
 * A user's data-encryption key, wrapped (encrypted) by the master key (promise D1). Deleting the row
 * — directly or by cascade when the account goes — makes every object and encrypted column of that
 * user unreadable, including copies in backups (crypto-shredding, promise R2).
 */
const UserKeySchema = defineEntity({
  name: 'UserKey',
  tableName: 'user_keys',
  properties: {
    user: () => p.oneToOne(User).primary().deleteRule('cascade').owner(),
    wrappedKey: p.blob(),
    /** Which master key wrapped it, so master keys can be rotated. */
    masterKeyId: p.string().length(64),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class UserKey extends UserKeySchema.class {}
UserKeySchema.setClass(UserKey);
