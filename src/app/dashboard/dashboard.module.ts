import { Module } from '@nestjs/common';
import { AnalysisModule } from '../../modules/analysis/index.js';
import { DocumentsModule } from '../../modules/documents/index.js';
import { InterviewModule } from '../../modules/interview/index.js';
import { HomeController } from './dashboard.controller.js';

/** The landing page and the signed-in dashboard, above the modules it shows. */
@Module({
  imports: [DocumentsModule, AnalysisModule, InterviewModule],
  controllers: [HomeController],
})
export class DashboardModule {}
