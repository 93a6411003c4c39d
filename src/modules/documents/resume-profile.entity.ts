import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../../platform/identity/user.entity.js';
import { Document } from './document.entity.js';

/**
 * The structured profile (JSON Resume) of one resume: prefilled from the extracted text, then
 * edited by its owner. Later analysis reads this, not the raw parse. Stored encrypted like the text.
 */
const ResumeProfileSchema = defineEntity({
  name: 'ResumeProfile',
  tableName: 'resume_profiles',
  properties: {
    document: () => p.oneToOne(Document).primary().deleteRule('cascade').owner(),
    owner: () => p.manyToOne(User).deleteRule('cascade').index(),
    /** AES-256-GCM ciphertext of the JSON Resume document. */
    resumeCiphertext: p.blob(),
    editedByUser: p.boolean().default(false),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class ResumeProfile extends ResumeProfileSchema.class {}
ResumeProfileSchema.setClass(ResumeProfile);
