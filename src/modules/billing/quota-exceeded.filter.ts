import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Formatters } from '../../platform/i18n/formatters.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { QuotaExceededError, type QuotaReached } from './billing.errors.js';

/**
 * A reached quota gets its own page rather than the generic error page: what the plan includes,
 * what is left, when it renews and — on Free — how to upgrade. 402 on Free (paying helps), 429 on
 * Pro. API clients (the voice recorder) get the same sentences as JSON.
 */
@Catch(QuotaExceededError)
export class QuotaExceededFilter implements ExceptionFilter {
  catch(exception: QuotaExceededError, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const t = res.locals.t as Translate;
    const fmt = res.locals.fmt as Formatters;
    const reached = exception.reached;
    const status = reached.plan === 'free' ? 402 : 429;
    const sentences = quotaSentences(reached, t, fmt);
    if (req.accepts(['html', 'json']) !== 'html' && req.get('HX-Request') !== 'true') {
      res.status(status).json({ statusCode: status, error: t('billing:quota.title'), message: sentences.join(' ') });
      return;
    }
    res.status(status).render('billing/quota-reached.njk', {
      title: t('billing:quota.title'),
      sentences,
      upgrade: reached.plan === 'free',
      voice: reached.kind === 'voice_seconds',
    });
  }
}

/** What the plan includes, what is left, and when it renews, in the reader's language. */
export function quotaSentences(reached: QuotaReached, t: Translate, fmt: Formatters): string[] {
  const voice = reached.kind === 'voice_seconds';
  const limit = voice ? Math.floor(reached.limit / 60) : reached.limit;
  return [
    t(`billing:quota.reached.${reached.kind}`, { limit }),
    voice
      ? t('billing:quota.remainingVoice', { minutes: Math.floor(reached.remaining / 60), seconds: reached.remaining % 60 })
      : t('billing:quota.remaining', { remaining: reached.remaining }),
    t('billing:quota.resets', { date: fmt.date(reached.resetsAt) }),
  ];
}
