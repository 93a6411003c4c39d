import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../platform/identity/user.entity.js';
import { Company } from './company.entity.js';

/** Parts of a résumé's structured profile a person may share, each on its own (JSON Resume sections). */
export const SHAREABLE_SECTIONS = ['basics', 'work', 'education', 'skills', 'projects', 'certificates', 'awards', 'languages'] as const;
export type ShareableSection = (typeof SHAREABLE_SECTIONS)[number];

export const SHARED_DOCUMENT_CATEGORIES = ['resume', 'cover_letter', 'portfolio'] as const;
export type SharedDocumentCategory = (typeof SHARED_DOCUMENT_CATEGORIES)[number];

/** One thing a grant lets the company open: a document, or chosen sections of a résumé's profile. */
export type GrantItem =
  | { kind: 'document'; documentId: string; category: SharedDocumentCategory }
  | { kind: 'profile'; documentId: string; sections: ShareableSection[] };

/**
 * The kind of shared item a permission reads, for the grant sources (companies and advisors alike):
 * only the `*:read-shared` permissions, which only the pages showing a granted item ask.
 */
export function sharedItemKind(permission: string): GrantItem['kind'] | undefined {
  return permission === 'document:read-shared' ? 'document' : permission === 'profile:read-shared' ? 'profile' : undefined;
}

export const GRANT_PURPOSES = ['application', 'profile'] as const;
export type GrantPurpose = (typeof GRANT_PURPOSES)[number];

/**
 * A recorded share (promise S1): what a person let one company open, since when, until when. The
 * access service asks `ShareGrantSource`, which allows a company member to read exactly these items
 * while the grant is neither revoked nor expired; every such read is an access-log row the person sees.
 */
const ShareGrantSchema = defineEntity({
  name: 'ShareGrant',
  tableName: 'share_grants',
  indexes: [{ properties: ['owner', 'createdAt'] }, { properties: ['company'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    purpose: p.enum(GRANT_PURPOSES),
    items: p.json<GrantItem[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Null: until revoked (applications). Share Profile defaults to 30 days. */
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export class ShareGrant extends ShareGrantSchema.class {}
ShareGrantSchema.setClass(ShareGrant);

export function grantIsActive(grant: Pick<ShareGrant, 'revokedAt' | 'expiresAt'>, now = new Date()): boolean {
  return !grant.revokedAt && (!grant.expiresAt || grant.expiresAt > now);
}
