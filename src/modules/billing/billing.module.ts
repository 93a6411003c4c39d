import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { APP_CONFIG } from '../../config/app-config.js';
import { BillingDataParticipant } from './billing-data.participant.js';
import { BillingWebhookController } from './billing-webhook.controller.js';
import { BillingController } from './billing.controller.js';
import { BillingService } from './billing.service.js';
import { QuotaExceededFilter } from './quota-exceeded.filter.js';
import { QuotaService } from './quota.service.js';
import { loadStripeLibrary, STRIPE_LIBRARY, StripeGateway } from './stripe-gateway.js';
import { StripeWebhooks } from './stripe-webhooks.service.js';

/**
 * Plans through Stripe (promise H4): Checkout and the customer portal, verified webhooks applied
 * exactly once, entitlements from the stored subscription state, and quotas counted in the database.
 * Other modules use QuotaService (from index.ts) to meter what they do.
 */
@Module({
  controllers: [BillingController, BillingWebhookController],
  providers: [
    { provide: STRIPE_LIBRARY, inject: [APP_CONFIG], useFactory: loadStripeLibrary },
    StripeGateway,
    StripeWebhooks,
    BillingService,
    QuotaService,
    BillingDataParticipant,
    // Registered after the app's catch-all filter, so Nest tries this one first for a reached quota.
    { provide: APP_FILTER, useClass: QuotaExceededFilter },
  ],
  exports: [QuotaService],
})
export class BillingModule {}
