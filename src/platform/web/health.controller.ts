import { MikroORM } from '@mikro-orm/postgresql';
import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Sessionless } from '../identity/public.decorator.js';

/** Probes answer the same to everyone: no session lookup, no per-person work (issue #18). */
@Sessionless()
@Controller()
export class HealthController {
  private migrationsApplied = false;

  constructor(private readonly orm: MikroORM) {}

  /** Liveness: the process is up and serving. */
  @Get('healthz')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and every migration is applied. */
  @Get('readyz')
  async ready(@Res() res: Response): Promise<void> {
    try {
      await this.orm.em.getConnection().execute('select 1');
      if (!this.migrationsApplied) {
        const pending = await this.orm.migrator.getPending();
        if (pending.length > 0) {
          res.status(503).json({ status: 'unavailable', reason: 'migrations pending' });
          return;
        }
        this.migrationsApplied = true;
      }
      res.status(200).json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  }
}
