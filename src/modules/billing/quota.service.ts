import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BillingAccount, type QuotaKind } from './billing.entities.js';
import { QuotaExceededError } from './billing.errors.js';
import { entitlementsFor, quotaPeriod, type Entitlements } from './entitlements.js';

export interface QuotaUsage {
  kind: QuotaKind;
  used: number;
  /** Null: not limited on this plan. */
  limit: number | null;
  resetsAt: Date;
}

// The largest value of a Postgres `int`: an unlimited plan still counts, for the usage page.
const UNLIMITED = 2_147_483_647;

/**
 * Plan quotas, counted in the database so they hold across app instances. Without billing
 * configured nothing is limited and nothing is counted.
 *
 * `consume` runs in the caller's transaction when given its EntityManager: the unit is used exactly
 * when the analysis or interview row commits, and rolls back with it.
 */
@Injectable()
export class QuotaService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.billing.enabled;
  }

  async entitlements(userId: string, em: EntityManager = this.em.fork()): Promise<Entitlements | undefined> {
    if (!this.config.billing.enabled) return undefined;
    const account = await em.findOne(BillingAccount, { user: userId }, { fields: ['subscriptionStatus', 'graceUntil'] });
    return entitlementsFor(this.config.billing, account, new Date());
  }

  /**
   * Uses `amount` of the person's quota, atomically: the increment happens only if it stays within
   * the limit, so two requests at the same moment cannot both take the last unit.
   * @throws QuotaExceededError — nothing is used then.
   */
  async consume(userId: string, kind: QuotaKind, amount = 1, em?: EntityManager): Promise<void> {
    const tx = em ?? this.em.fork();
    const entitlements = await this.entitlements(userId, tx);
    if (!entitlements) return;
    const limit = entitlements.limits[kind];
    const now = new Date();
    const period = quotaPeriod(kind, now);
    const ceiling = limit ?? UNLIMITED;
    const rows = await tx.getConnection().execute<{ used: number }[]>(
      `insert into billing_usage (id, user_id, kind, period_start, used)
         select gen_random_uuid(), ?, ?, ?, ? where ? <= ?
       on conflict (user_id, kind, period_start)
         do update set used = billing_usage.used + excluded.used where billing_usage.used + excluded.used <= ?
       returning used`,
      [userId, kind, period.start, amount, amount, ceiling, ceiling],
      'all',
      tx.getTransactionContext(),
    );
    if (rows.length === 0) {
      const used = await this.used(tx, userId, kind, period.start);
      throw new QuotaExceededError({ kind, plan: entitlements.plan, limit: ceiling, used, remaining: Math.max(0, ceiling - used), resetsAt: period.resetsAt });
    }
  }

  /**
   * Checks, without using anything, that `amount` is still available — for work that must not
   * start at all when the quota is gone (before an AI call, before a transcription).
   */
  async ensureAvailable(userId: string, kind: QuotaKind, amount = 1): Promise<void> {
    const em = this.em.fork();
    const entitlements = await this.entitlements(userId, em);
    const limit = entitlements?.limits[kind];
    if (!entitlements || limit === null || limit === undefined) return;
    const period = quotaPeriod(kind, new Date());
    const used = await this.used(em, userId, kind, period.start);
    if (used + amount > limit) {
      throw new QuotaExceededError({ kind, plan: entitlements.plan, limit, used, remaining: Math.max(0, limit - used), resetsAt: period.resetsAt });
    }
  }

  /** Gives back what `consume` took for work that then failed (a transcription the engine could not do). */
  async release(userId: string, kind: QuotaKind, amount: number): Promise<void> {
    if (!this.config.billing.enabled) return;
    const period = quotaPeriod(kind, new Date());
    await this.em
      .fork()
      .getConnection()
      .execute('update billing_usage set used = greatest(0, used - ?) where user_id = ? and kind = ? and period_start = ?', [amount, userId, kind, period.start]);
  }

  /** This period's usage of every metered thing, for Settings → Plan. */
  async usage(userId: string): Promise<{ entitlements: Entitlements; usage: QuotaUsage[] } | undefined> {
    const em = this.em.fork();
    const entitlements = await this.entitlements(userId, em);
    if (!entitlements) return undefined;
    const now = new Date();
    const usage: QuotaUsage[] = [];
    for (const kind of ['analyses', 'interviews', 'voice_seconds', 'applications'] as const) {
      const period = quotaPeriod(kind, now);
      usage.push({ kind, used: await this.used(em, userId, kind, period.start), limit: entitlements.limits[kind], resetsAt: period.resetsAt });
    }
    return { entitlements, usage };
  }

  private async used(em: EntityManager, userId: string, kind: QuotaKind, periodStart: Date): Promise<number> {
    const rows = await em
      .getConnection()
      .execute<{ used: number }[]>('select used from billing_usage where user_id = ? and kind = ? and period_start = ?', [userId, kind, periodStart], 'all', em.getTransactionContext());
    return rows[0]?.used ?? 0;
  }
}
