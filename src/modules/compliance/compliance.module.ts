import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ComplianceJobs } from './compliance.jobs.js';
import { DataRightsService } from './data-rights.service.js';
import { AdminDashboardCard, SupportDashboardCard } from './operations.dashboard-cards.js';
import { PolicyController } from './policy.controller.js';
import { SettingsController } from './settings.controller.js';

@Module({
  imports: [DiscoveryModule],
  controllers: [SettingsController, PolicyController],
  providers: [DataRightsService, ComplianceJobs, AdminDashboardCard, SupportDashboardCard],
  exports: [DataRightsService],
})
export class ComplianceModule {}
