import type { DiscoveryService } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { DashboardCardsService } from '../../src/app/dashboard/dashboard-cards.service.js';
import { loadDashboard } from '../../src/app/dashboard/dashboard-cards.js';
import { TimeLimitError } from '../../src/platform/loading/time-limit.js';
import type { CardLanguage, DashboardCardProvider } from '../../src/platform/contracts/dashboard-card.js';
import type { AuthUser } from '../../src/platform/identity/current-user.js';
import { PageDataCache } from '../../src/platform/web/page-data-cache.js';
import type { UserKeysService } from '../../src/platform/vault/user-keys.service.js';

/** Keys are not cached (no invalidation listener here), so neither is any page. */
const keysNotCached = { cachingKeys: false, onForget: () => undefined } as unknown as UserKeysService;

/** Keys stand for themselves: these specs are about loading, not words. */
const language: CardLanguage = { t: (key) => key, locale: 'en' };

const seeker: AuthUser = { id: 'u1', email: 'pat@example.com', displayName: 'Pat', photoUrl: null, role: 'job_seeker', locale: null, sessionId: 's1', lastActiveAt: new Date() };

function provider(id: string, load: () => Promise<object | null>, extra: Partial<DashboardCardProvider> = {}): DashboardCardProvider {
  return { id, title: () => id, order: 0, roles: ['job_seeker'], template: `x/cards/_${id}.njk`, load, ...extra };
}

describe('loading the dashboard’s cards', () => {
  it('draws a card that throws or hangs as failed, alone, within the time limit, and logs only the card and the error kind', async () => {
    const logged: { cardId: string; part: string; error: unknown }[] = [];
    const started = Date.now();
    const result = await loadDashboard(
      [
        provider('fine', () => Promise.resolve({ items: 2 })),
        provider('throws', () => Promise.reject(new Error('pat@example.com broke it'))),
        provider('hangs', () => new Promise(() => undefined)),
        provider('empty', () => Promise.resolve(null)),
        provider('admins-only', () => Promise.resolve({}), { roles: ['admin'] }),
        provider('stepper', () => Promise.resolve({}), {
          firstStep: () => new Promise(() => undefined),
        }),
      ],
      seeker,
      { timeLimitMs: 50, language, logFailure: (cardId, part, error) => logged.push({ cardId, part, error }) },
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result.cards.map((c) => [c.id, c.failed])).toEqual([
      ['fine', false],
      ['throws', true],
      ['hangs', true],
      ['stepper', false],
    ]);
    expect(result.cards[0]!.model).toEqual({ items: 2 });
    expect(result.cards[1]!.model).toBeUndefined();
    expect(result.steps).toEqual([]);
    expect(logged.map((l) => [l.cardId, l.part])).toEqual([
      ['throws', 'card'],
      ['hangs', 'card'],
      ['stepper', 'step'],
    ]);
    expect(logged[1]!.error).toBeInstanceOf(TimeLimitError);
  });

  it('orders the first steps by their own order', async () => {
    const step = (order: number, done: boolean) => () => Promise.resolve({ order, title: `Step ${order}`, description: '', href: '/', done });
    const { steps } = await loadDashboard(
      [provider('b', () => Promise.resolve({}), { firstStep: step(2, false) }), provider('a', () => Promise.resolve({}), { firstStep: step(1, true) })],
      seeker,
      { timeLimitMs: 1_000, language, logFailure: () => undefined },
    );
    expect(steps.map((s) => s.title)).toEqual(['Step 1', 'Step 2']);
  });
});

describe('discovering the cards at start-up', () => {
  const discovering = (providers: DashboardCardProvider[]) =>
    new DashboardCardsService({ getProviders: () => providers.map((instance) => ({ instance })) } as unknown as DiscoveryService, new PageDataCache(keysNotCached));

  it('refuses two cards with one id', () => {
    const service = discovering([provider('goals', () => Promise.resolve({})), provider('goals', () => Promise.resolve({}))]);
    expect(() => service.onModuleInit()).toThrow('Two dashboard cards share an id: goals');
  });

  it('refuses a card shown to nobody, and sorts the rest by order', () => {
    expect(() => discovering([provider('lost', () => Promise.resolve({}), { roles: [] })]).onModuleInit()).toThrow('shown to no role');
    const service = discovering([provider('second', () => Promise.resolve({}), { order: 20 }), provider('first', () => Promise.resolve({}), { order: 10 })]);
    service.onModuleInit();
    expect(service.cardIds).toEqual(['first', 'second']);
  });
});
