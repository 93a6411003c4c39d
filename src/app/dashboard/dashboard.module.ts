import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PageDataCacheModule } from '../../platform/web/page-data-cache.js';
import { DashboardCardsService } from './dashboard-cards.service.js';
import { HomeController } from './dashboard.controller.js';

/** The landing page and the signed-in dashboard, drawn from the cards the modules contribute. */
@Module({
  imports: [DiscoveryModule, PageDataCacheModule],
  controllers: [HomeController],
  providers: [DashboardCardsService],
})
export class DashboardModule {}
