import { Module } from '@nestjs/common';
import { IndicatorsAdminService } from './indicators-admin.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({ controllers: [IndicatorsController], providers: [IndicatorsService, IndicatorsAdminService], exports: [IndicatorsService, IndicatorsAdminService] })
export class IndicatorsModule {}
