import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { preparedRows, preparedStatement } from '../../platform/database/prepared-query.js';
import { companionValue, SessionCompanion, type SessionCompanionRead } from '../../platform/identity/session-companion.js';
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

/** The four parts as one row; `?`: the person three times (one per part), now, then the person again. */
const PAGE_NOTICES_SELECT = `select (select coalesce(json_agg(b), '[]'::json) from (${INCIDENT_BANNERS_SQL}) b) as incidents,
          (select coalesce(json_agg(b), '[]'::json) from (${POLICY_BANNERS_SQL}) b) as policies,
          (${AWAITING_ACCEPTANCE_SQL}) as awaiting,
          (${RESTRICTED_PURPOSES_SQL}) as restricted`;

// Where the session lookup did not bring them (form posts): a prepared statement (see prepared-query.ts).
const PAGE_NOTICES = preparedStatement('compliance_page_notices', numberedPlaceholders(PAGE_NOTICES_SELECT));

type NoticesRow = { incidents: PageNotices['incidents']; policies: PageNotices['policies']; awaiting: string | null; restricted: ProcessingPurpose[] };

/**
 * Every signed-in page needs the banners and the acceptance check: one statement answers all three
 * (they were three round trips per page, issue #18), read once per request however many
 * interceptors ask. The parts are the services' own queries, so each still means one thing. The
 * person's stopped uses come with them: the restriction check of a page (job search ranks by fit
 * unless matching is stopped) was a statement of its own. On a page view the session lookup reads
 * them too, in its own statement (a session companion, one JSON value): no round trip of their own.
 */
@Injectable()
@SessionCompanion()
export class PageNoticesReader implements SessionCompanionRead {
  readonly companionName = 'compliance_notices';
  readonly companionSql = `(select row_to_json(n) from (${PAGE_NOTICES_SELECT}) n)`;
  private readonly perRequest = new WeakMap<Request, Promise<PageNotices>>();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  companionParams(userId: string): unknown[] {
    return [userId, userId, userId, this.clock.now(), userId];
  }

  for(req: Request, userId: string): Promise<PageNotices> {
    let notices = this.perRequest.get(req);
    if (!notices) {
      const fromSession = companionValue(req, this.companionName, userId);
      notices = fromSession ? Promise.resolve(noticesFrom(fromSession.value as NoticesRow)) : this.read(userId);
      this.perRequest.set(req, notices);
    }
    return notices;
  }

  private async read(userId: string): Promise<PageNotices> {
    const [row] = await preparedRows<NoticesRow>(this.em, PAGE_NOTICES, this.companionParams(userId));
    return noticesFrom(row!);
  }
}

function noticesFrom(row: NoticesRow): PageNotices {
  return { incidents: row.incidents, policies: row.policies, awaitingAcceptanceId: row.awaiting, restrictedPurposes: row.restricted };
}
