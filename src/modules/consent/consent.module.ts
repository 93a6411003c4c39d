import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ConsentDataParticipant } from './consent-data.participant.js';
import { ConsentLedgerRepository } from './consent-ledger.repository.js';
import { ConsentController } from './consent.controller.js';
import { ConsentInterceptor } from './consent.interceptor.js';
import { ConsentService } from './consent.service.js';

/** Cookie, analytics and advertising consent (promises C1–C4); see README.md. */
@Module({
  controllers: [ConsentController],
  providers: [ConsentService, ConsentLedgerRepository, ConsentDataParticipant, { provide: APP_INTERCEPTOR, useClass: ConsentInterceptor }],
})
export class ConsentModule {}
