import { Module } from '@nestjs/common';
import { EmployerDashboardCard } from './jobs.dashboard-card.js';

/** See README.md in this folder for what this module will own. Today: the employer's dashboard card. */
@Module({
  providers: [EmployerDashboardCard],
})
export class JobsModule {}
