import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';
import { InterviewTurn } from '../interview-turn.entity.js';

/** At most this long, and only with the separate opt-in (promise V4). */
export const AUDIO_RETENTION_DAYS = 90;

/**
 * A recording kept with the user's explicit, revocable opt-in (promise V4). The audio itself is an
 * object encrypted with the owner's data key (promise D1); this row says where it is and when it
 * must go. Deleted at expiry by a scheduled job, at once on revocation, and with the answer.
 */
const RetainedAudioSchema = defineEntity({
  name: 'RetainedAudio',
  tableName: 'retained_audio',
  indexes: [{ properties: ['expiresAt'] }, { properties: ['owner'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    turn: () => p.manyToOne(InterviewTurn).deleteRule('cascade'),
    objectKey: p.string().length(300),
    bytes: p.integer(),
    seconds: p.double(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
  },
});

export class RetainedAudio extends RetainedAudioSchema.class {}
RetainedAudioSchema.setClass(RetainedAudio);

/**
 * The separate opt-in to keep recordings (promise V4): one row while it is given. Revoking deletes
 * the row and every retained recording at once.
 */
const AudioRetentionConsentSchema = defineEntity({
  name: 'AudioRetentionConsent',
  tableName: 'audio_retention_consents',
  properties: {
    owner: () => p.oneToOne(User).primary().deleteRule('cascade'),
    grantedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class AudioRetentionConsent extends AudioRetentionConsentSchema.class {}
AudioRetentionConsentSchema.setClass(AudioRetentionConsent);
