import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/index.js';
import { DocumentsModule } from '../documents/index.js';
import { StorageModule } from '../../platform/vault/storage.module.js';
import { PageDataCacheModule } from '../../platform/web/page-data-cache.js';
import { InterviewerModule } from './engine/interviewer.module.js';
import { InterviewDataParticipant } from './interview-data.participant.js';
import { InterviewsDashboardCard } from './interview.dashboard-card.js';
import { InterviewJobs } from './interview.jobs.js';
import { InterviewsController } from './interviews.controller.js';
import { InterviewsService } from './interviews.service.js';
import { SpeechModule } from '../../platform/ai/speech/speech.module.js';
import { VoiceAnswersService } from './voice-answers.service.js';
import { InterviewRepository } from './interview.repository.js';
import { InterviewAccessPolicy } from './interview.access-policy.js';
import { RetainedAudioRepository } from './audio/retained-audio.repository.js';

/** Practice interviews: the interviewer, voice answers and their audio lifecycle, reports (V1–V5). */
@Module({
  imports: [DocumentsModule, StorageModule, InterviewerModule, SpeechModule, BillingModule, PageDataCacheModule],
  controllers: [InterviewsController],
  providers: [InterviewsService, InterviewRepository, InterviewAccessPolicy, VoiceAnswersService, RetainedAudioRepository, InterviewJobs, InterviewDataParticipant, InterviewsDashboardCard],
  exports: [InterviewsService],
})
export class InterviewModule {}
