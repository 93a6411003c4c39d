import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';
import type { JobSearchQuery } from '../job-search.service.js';

/** The part of a search worth keeping: everything but the page. */
export type SavedQuery = Omit<JobSearchQuery, 'page'>;

/**
 * A search a person saved, with an email alert of new matching postings. `highWaterMark` is the
 * publication time of the newest posting already considered: each alert run mails only postings
 * published after it and then moves it forward, so no posting is ever mailed twice for one search.
 */
const SavedSearchSchema = defineEntity({
  name: 'SavedSearch',
  tableName: 'saved_searches',
  indexes: [{ properties: ['owner', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    owner: () => p.manyToOne(User).deleteRule('cascade'),
    query: p.json<SavedQuery>(),
    /** Paused: kept and listed, but no alert is mailed. */
    paused: p.boolean().default(false),
    highWaterMark: p.datetime(),
    lastAlertAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class SavedSearch extends SavedSearchSchema.class {}
SavedSearchSchema.setClass(SavedSearch);
