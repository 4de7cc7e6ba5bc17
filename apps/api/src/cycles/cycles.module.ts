import { Module } from '@nestjs/common';
import { CycleCompletenessService } from './cycle-completeness.service';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';

@Module({ controllers: [CyclesController], providers: [CyclesService, CycleCompletenessService] })
export class CyclesModule {}
