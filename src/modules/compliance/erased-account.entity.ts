import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * What remains of a deleted account (promise R2): only a salted hash of the sign-in identity, kept
 * apart from user data for fraud prevention, and destroyed after six months by a scheduled job.
 */
const ErasedAccountSchema = defineEntity({
  name: 'ErasedAccount',
  tableName: 'erased_accounts',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    identityHash: p.string().length(64).index(),
    erasedAt: p.datetime(),
    destroyAfter: p.datetime().index(),
  },
});

export class ErasedAccount extends ErasedAccountSchema.class {}
ErasedAccountSchema.setClass(ErasedAccount);
