import { defineEntity, p } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../../../platform/identity/user.entity.js';
import { DataRequest, PROCESSING_PURPOSES } from '../requests/data-request.entity.js';

/** Why a use is stopped: a restriction of processing (all uses) or an objection (the uses named). */
export const RESTRICTION_BASES = ['restriction', 'objection'] as const;

/**
 * One use of a person's data that stops until lifted (promise R3): analyses, matching, alerts or
 * marketing. Written when support completes a restriction or objection request.
 */
const ProcessingRestrictionSchema = defineEntity({
  name: 'ProcessingRestriction',
  tableName: 'processing_restrictions',
  uniques: [{ properties: ['user', 'purpose', 'basis'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    purpose: p.enum(PROCESSING_PURPOSES),
    basis: p.enum(RESTRICTION_BASES),
    request: () => p.manyToOne(DataRequest).nullable().deleteRule('set null'),
    since: p.datetime().onCreate(() => new Date()),
  },
});

/**
 * The uses stopped for a person (`?`: the person), as a text array. A part of the one statement each
 * signed-in page runs for its notices (`PageNoticesReader`), so a page that must check a use (job
 * search: matching) needs no statement of its own.
 */
export const RESTRICTED_PURPOSES_SQL = `select coalesce(array_agg(distinct r.purpose), '{}') from processing_restrictions r where r.user_id = ?`;

export class ProcessingRestriction extends ProcessingRestrictionSchema.class {}
ProcessingRestrictionSchema.setClass(ProcessingRestriction);
