import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { preparedRows, preparedStatement } from '../../platform/database/prepared-query.js';
import { Clock } from '../../platform/scheduling/clock.js';
import { INCIDENT_BANNERS_SQL } from './incidents/incidents.service.js';
import { AWAITING_ACCEPTANCE_SQL, POLICY_BANNERS_SQL } from './policies/policy-versions.service.js';
import type { ProcessingPurpose } from './requests/data-request.entity.js';
import { RESTRICTED_PURPOSES_SQL } from './restrictions/processing-restriction.entity.js';

/** What compliance shows or asks on a signed-in page. */
export interface PageNotices {
  /** Breach notices not yet dismissed (H2). */
  incidents: { id: string; reference: string }[];
  /** A policy version that took effect, its banner not yet dismissed (P1). */
  policies: { id: string; number: number; material: boolean }[];
  /** A material version in force that this person has still to accept (P1), or null. */
  awaitingAcceptanceId: string | null;
  /** The uses of the person's data stopped now (R3), for `ProcessingRestrictions.isRestrictedInRequest`. */
  restrictedPurposes: ProcessingPurpose[];
}

/** The services' queries use `?` placeholders (MikroORM's); a prepared statement numbers them. */
function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// Every signed-in page runs it: a prepared statement (see prepared-query.ts). Parameters: the person
// three times (one per part), now, then the person again (the restrictions part).
const PAGE_NOTICES = preparedStatement(
  'compliance_page_notices',
  numberedPlaceholders(`select (select coalesce(json_agg(b), '[]'::json) from (${INCIDENT_BANNERS_SQL}) b) as incidents,
          (select coalesce(json_agg(b), '[]'::json) from (${POLICY_BANNERS_SQL}) b) as policies,
          (${AWAITING_ACCEPTANCE_SQL}) as awaiting,
          (${RESTRICTED_PURPOSES_SQL}) as restricted`),
);

/**
 * Every signed-in page needs the banners and the acceptance check: one statement answers all three
 * (they were three round trips per page, issue #18), read once per request however many
 * interceptors ask. The parts are the services' own queries, so each still means one thing. The
 * person's stopped uses come with them: the restriction check of a page (job search ranks by fit
 * unless matching is stopped) was a statement of its own.
 */
@Injectable()
export class PageNoticesReader {
  private readonly perRequest = new WeakMap<Request, Promise<PageNotices>>();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  for(req: Request, userId: string): Promise<PageNotices> {
    let notices = this.perRequest.get(req);
    if (!notices) {
      notices = this.read(userId);
      this.perRequest.set(req, notices);
    }
    return notices;
  }

  private async read(userId: string): Promise<PageNotices> {
    const [row] = await preparedRows<{ incidents: PageNotices['incidents']; policies: PageNotices['policies']; awaiting: string | null; restricted: ProcessingPurpose[] }>(
      this.em,
      PAGE_NOTICES,
      [userId, userId, userId, this.clock.now(), userId],
    );
    return { incidents: row!.incidents, policies: row!.policies, awaitingAcceptanceId: row!.awaiting, restrictedPurposes: row!.restricted };
  }
}
