import { Module } from '@nestjs/common';
import { DocumentsDataParticipant } from './documents-data.participant.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { ResumeProfileController } from './resume-profile.controller.js';
import { StorageModule } from './storage/storage.module.js';

@Module({
  imports: [StorageModule],
  // The profile controller first: its fixed paths (sensitive-check) must win over `:id` routes.
  controllers: [ResumeProfileController, DocumentsController],
  providers: [DocumentsService, DocumentsDataParticipant],
  exports: [DocumentsService],
})
export class DocumentsModule {}
