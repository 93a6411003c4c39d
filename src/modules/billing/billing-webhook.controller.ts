import { Controller, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../platform/identity/public.decorator.js';
import { WebhookSignatureError } from './billing.errors.js';
import { StripeWebhooks } from './stripe-webhooks.service.js';

/** The path app.setup.ts gives a raw body parser and exempts from CSRF (Stripe signs instead). */
export const STRIPE_WEBHOOK_PATH = '/billing/webhook';

/**
 * Stripe's webhook endpoint. Public and CSRF-exempt: the Stripe-Signature over the raw body is the
 * authentication. 400 for a missing, tampered or expired signature; 200 for an applied, duplicate
 * or ignored event; 5xx when Stripe could not be reached while applying it, so Stripe retries.
 */
@Controller()
export class BillingWebhookController {
  private readonly logger = new Logger('StripeWebhooks');

  constructor(private readonly webhooks: StripeWebhooks) {}

  @Public()
  @Post(STRIPE_WEBHOOK_PATH.slice(1))
  @HttpCode(200)
  async receive(@Req() req: Request, @Res() res: Response): Promise<void> {
    // The raw parser keeps the exact bytes Stripe signed; anything else cannot carry a valid signature.
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const outcome = await this.webhooks.receive(rawBody, req.get('stripe-signature'));
      res.json({ received: true, outcome });
    } catch (error) {
      if (!(error instanceof WebhookSignatureError)) throw error;
      this.logger.warn(error.message);
      res.status(400).json({ statusCode: 400, error: 'Bad Request', message: 'Invalid signature' });
    }
  }
}
