import { Module } from '@nestjs/common';
import { StorageModule } from './storage/storage.module.js';

/** See README.md in this folder for what this module will own. Empty until its issue lands. */
@Module({ imports: [StorageModule], exports: [StorageModule] })
export class DocumentsModule {}
