import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccessDataParticipant } from './access-data.participant.js';
import { AccessLogRepository } from './access-log.repository.js';
import { AccessService } from './access.service.js';

/** Who may open what: global, because every module's use cases ask it first. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AccessService, AccessLogRepository, AccessDataParticipant],
  exports: [AccessService],
})
export class AccessModule {}
