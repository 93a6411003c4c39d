import { Module } from '@nestjs/common';

/** See README.md in this folder for what this module will own. Empty until its issue lands. */
@Module({})
export class JobsModule {}
