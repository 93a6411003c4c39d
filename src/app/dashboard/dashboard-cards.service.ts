import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DashboardCard, type CardLanguage, type DashboardCardProvider } from '../../platform/contracts/dashboard-card.js';
import type { AuthUser } from '../../platform/identity/current-user.js';
import { PageDataCache } from '../../platform/web/page-data-cache.js';
import { loadDashboard, type LoadedDashboard } from './dashboard-cards.js';

/** A card slower than this shows its empty state rather than holding up the whole page. */
export const CARD_TIME_LIMIT_MS = 3_000;

/**
 * The cards modules contribute (`@DashboardCard()`), found at start-up like the data-rights
 * participants: the dashboard knows no feature, and a new module's card appears by being marked.
 */
@Injectable()
export class DashboardCardsService implements OnModuleInit {
  private readonly logger = new Logger('Dashboard');
  private providers: DashboardCardProvider[] = [];
  timeLimitMs = CARD_TIME_LIMIT_MS;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly pages: PageDataCache,
  ) {}

  onModuleInit(): void {
    this.providers = this.discovery
      .getProviders({ metadataKey: DashboardCard.KEY })
      .map((wrapper) => wrapper.instance as DashboardCardProvider)
      .sort((a, b) => a.order - b.order);
    const ids = this.providers.map((p) => p.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length) throw new Error(`Two dashboard cards share an id: ${[...new Set(twice)].join(', ')}`);
    for (const p of this.providers) {
      if (p.roles.length === 0) throw new Error(`Dashboard card ${p.id} is shown to no role`);
    }
  }

  get cardIds(): string[] {
    return this.providers.map((p) => p.id);
  }

  /**
   * The actor's cards and first steps. When every card they see is drawn from their own data only, the
   * whole dashboard is cached under their data version and language (PageDataCache); a card that
   * failed or ran out of time is not cached, so the next request tries it again.
   */
  async forActor(actor: AuthUser, language: CardLanguage): Promise<LoadedDashboard> {
    const visible = this.providers.filter((p) => p.roles.includes(actor.role));
    if (!visible.every((p) => p.ownDataOnly)) return this.load(actor, language);
    return this.pages.view(actor, 'dashboard', `${actor.role}|${language.locale}`, () => this.load(actor, language), { keepIf: (loaded) => !loaded.incomplete });
  }

  private load(actor: AuthUser, language: CardLanguage): Promise<LoadedDashboard> {
    return loadDashboard(this.providers, actor, {
      timeLimitMs: this.timeLimitMs,
      language,
      logFailure: (cardId, part, error) => {
        // The error's kind and database code only: a message or stack may quote the person's data.
        const kind = error instanceof Error ? error.name : typeof error;
        const code = (error as { code?: unknown } | null)?.code;
        this.logger.warn(`Dashboard ${part} ${cardId} could not be loaded (${kind}${typeof code === 'string' ? ` ${code}` : ''})`);
      },
    });
  }
}
