import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/index.js';
import { DocumentsModule } from '../documents/index.js';
import { ProcessingRestrictionsModule } from '../compliance/index.js';
import { StorageModule } from '../../platform/vault/storage.module.js';
import { PageDataCacheModule } from '../../platform/web/page-data-cache.js';
import { AiModule } from '../../platform/ai/ai.module.js';
import { AnalysisDataParticipant } from './analysis-data.participant.js';
import { AnalysisEngine } from './analysis-engine.js';
import { AnalysisController } from './analysis.controller.js';
import { AnalysesDashboardCard, AnalysisDashboardSummary, NextStepsDashboardCard, ScoreHistoryDashboardCard } from './analysis.dashboard-cards.js';
import { AnalysisService } from './analysis.service.js';
import { AnalysisRepository } from './analysis.repository.js';
import { AnalysisAccessPolicy } from './analysis.access-policy.js';

@Module({
  imports: [DocumentsModule, StorageModule, AiModule, ProcessingRestrictionsModule, BillingModule, PageDataCacheModule],
  controllers: [AnalysisController],
  providers: [AnalysisService, AnalysisRepository, AnalysisAccessPolicy, AnalysisEngine, AnalysisDataParticipant, AnalysisDashboardSummary, AnalysesDashboardCard, ScoreHistoryDashboardCard, NextStepsDashboardCard],
  exports: [AnalysisService],
})
export class AnalysisModule {}
