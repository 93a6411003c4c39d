import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { accessOriginMiddleware } from './access-context.js';
import { AccessDataParticipant } from './access-data.participant.js';
import { AccessLogRepository } from './access-log.repository.js';
import { AccessService } from './access.service.js';

/** Who may open what: global, because every module's use cases ask it first. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AccessService, AccessLogRepository, AccessDataParticipant],
  exports: [AccessService, AccessLogRepository],
})
export class AccessModule implements NestModule {
  /** Every request carries its origin, so a look at someone else's data is logged with it. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(accessOriginMiddleware).forRoutes('{*path}');
  }
}
