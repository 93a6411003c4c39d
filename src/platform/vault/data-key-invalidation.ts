import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DATABASE_URL } from '../queue/job-queue.service.js';
import { DATA_KEY_DESTROYED_CHANNEL, UserKeysService } from './user-keys.service.js';

const RECONNECT_DELAYS_MS = [250, 1_000, 5_000, 15_000];

/**
 * Makes crypto-shredding take effect on every instance at once (issue #18, promise R2): when one
 * instance destroys a person's key it sends a NOTIFY in the erasure's transaction (delivered only if
 * it commits), and each instance listening here drops its cached copy. While the listening
 * connection is down, an instance cannot know what it misses, so it empties its whole cache and keeps
 * it off until listening again.
 */
@Injectable()
export class DataKeyInvalidation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DataKeyInvalidation.name);
  private client: pg.Client | undefined;
  private stopped = false;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly keys: UserKeysService,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const ssl = this.config.database.ssl;
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'candor-key-invalidation',
      ...(ssl === 'off' ? {} : { ssl: { rejectUnauthorized: ssl === 'verify' } }),
    });
    client.on('notification', (message) => {
      if (message.channel === DATA_KEY_DESTROYED_CHANNEL && message.payload) this.keys.forgetCached(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${DATA_KEY_DESTROYED_CHANNEL}`);
      // Shutdown ran while this connection was being opened: it could not end a client it did not know of.
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.attempt = 0;
      this.keys.setCaching(true);
    } catch (error) {
      this.logger.warn(`Cannot listen for destroyed keys (${(error as Error).message}); keys are not cached until it can`);
      await client.end().catch(() => undefined);
      this.lost(client);
    }
  }

  private lost(client: pg.Client): void {
    if (this.client && this.client !== client) return;
    this.client = undefined;
    this.keys.setCaching(false);
    if (this.stopped || this.reconnectTimer) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt++, RECONNECT_DELAYS_MS.length - 1)]!;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.listen();
    }, delay);
    this.reconnectTimer.unref();
  }
}
