import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Module } from '@nestjs/common';
import type { Request } from 'express';
import { User } from '../../../platform/identity/user.entity.js';
import { PROCESSING_PURPOSES, type ProcessingPurpose } from '../requests/data-request.entity.js';
import { ProcessingRestrictedError } from '../requests/data-requests.errors.js';
import { PageNoticesReader } from '../page-notices.reader.js';
import { ProcessingRestriction, RESTRICTION_BASES } from './processing-restriction.entity.js';

export type RestrictionBasis = (typeof RESTRICTION_BASES)[number];

/**
 * The one check every use of a person's data asks before it starts (promise R3): a restriction of
 * processing stops analyses, matching, alerts and marketing; an objection stops the uses it names.
 * Until lifted. Analyses call `assertAllowed(userId, 'analysis')`; job matching, alerts and
 * marketing mail must call it with their purpose.
 */
@Injectable()
export class ProcessingRestrictions {
  constructor(
    private readonly em: EntityManager,
    private readonly notices: PageNoticesReader,
  ) {}

  async isRestricted(userId: string, purpose: ProcessingPurpose, em: EntityManager = this.em): Promise<boolean> {
    return (await em.fork().count(ProcessingRestriction, { user: userId, purpose })) > 0;
  }

  /**
   * The same answer as `isRestricted`, in the person's own request: read with the page's notices (one
   * statement each signed-in page runs anyway, issue #18), so a page that checks a use on every view
   * (job search: matching) adds no statement. As fresh as the request: read when it began.
   */
  async isRestrictedInRequest(req: Request, userId: string, purpose: ProcessingPurpose): Promise<boolean> {
    return (await this.notices.for(req, userId)).restrictedPurposes.includes(purpose);
  }

  /** Throws `ProcessingRestrictedError` (403, a message saying how to lift it) when the use is stopped. */
  async assertAllowed(userId: string, purpose: ProcessingPurpose, em?: EntityManager): Promise<void> {
    if (await this.isRestricted(userId, purpose, em)) throw new ProcessingRestrictedError();
  }

  /** The uses stopped for this person, and why. */
  async activeFor(userId: string): Promise<{ purpose: ProcessingPurpose; basis: RestrictionBasis; since: Date }[]> {
    const rows = await this.em.fork().find(ProcessingRestriction, { user: userId }, { orderBy: { since: 'asc' } });
    return rows.map((r) => ({ purpose: r.purpose, basis: r.basis, since: r.since }));
  }

  /** Stops `purposes` for the person, in `em`'s transaction; stopping an already stopped use is a no-op. */
  async apply(em: EntityManager, userId: string, basis: RestrictionBasis, purposes: readonly ProcessingPurpose[], requestId: string): Promise<void> {
    for (const purpose of purposes.length ? purposes : PROCESSING_PURPOSES) {
      await em.execute(
        `insert into processing_restrictions (id, user_id, purpose, basis, request_id, since) values (gen_random_uuid(), ?, ?, ?, ?, now())
         on conflict (user_id, purpose, basis) do nothing`,
        [userId, purpose, basis, requestId],
      );
    }
  }

  /** Lifts every stop of that basis for the person; returns how many uses start again. */
  lift(em: EntityManager, userId: string, basis: RestrictionBasis): Promise<number> {
    return em.nativeDelete(ProcessingRestriction, { user: userId, basis });
  }

  /** Erasure and export go through the data-requests participant. */
  async exportFor(userId: string): Promise<{ purpose: string; basis: string; since: string; request: string | null }[]> {
    const rows = await this.em.fork().find(ProcessingRestriction, { user: userId });
    return rows.map((r) => ({ purpose: r.purpose, basis: r.basis, since: r.since.toISOString(), request: r.request?.id ?? null }));
  }

  eraseFor(em: EntityManager, userId: string): Promise<number> {
    return em.nativeDelete(ProcessingRestriction, { user: em.getReference(User, userId) });
  }
}

/**
 * Imported by modules whose work must stop when a person restricts processing (analysis, jobs,
 * marketing). It holds the page notices' reader too (compliance's interceptors import it from here):
 * one reader, so a request's notices are read once whoever asks.
 */
@Module({ providers: [ProcessingRestrictions, PageNoticesReader], exports: [ProcessingRestrictions, PageNoticesReader] })
export class ProcessingRestrictionsModule {}
