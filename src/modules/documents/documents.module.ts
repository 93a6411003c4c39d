import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DocumentsDataParticipant } from './documents-data.participant.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsDashboardCard } from './documents.dashboard-card.js';
import { DocumentsService } from './documents.service.js';
import { DocumentRepository } from './document.repository.js';
import { DocumentsAccessPolicy } from './documents.access-policy.js';
import { ResumeProfileRepository } from './resume-profile.repository.js';
import { ResumeProfileController } from './resume-profile.controller.js';
import { StorageModule } from '../../platform/vault/storage.module.js';
import { PageDataCacheModule } from '../../platform/web/page-data-cache.js';

@Module({
  imports: [
    StorageModule,
    PageDataCacheModule,
    // In memory only (plaintext never touches disk), stopped while streaming at the size limit.
    // Browsers send file names as UTF-8 bytes; multer would read them as Latin-1 ("ZoÃ«" for "Zoë").
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ defParamCharset: 'utf8', limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5, parts: 8 } }),
    }),
  ],
  // The profile controller first: its fixed paths (sensitive-check) must win over `:id` routes.
  controllers: [ResumeProfileController, DocumentsController],
  providers: [DocumentsService, DocumentRepository, ResumeProfileRepository, DocumentsAccessPolicy, DocumentsDataParticipant, DocumentsDashboardCard],
  exports: [DocumentsService],
})
export class DocumentsModule {}
