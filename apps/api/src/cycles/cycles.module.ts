import { Module } from '@nestjs/common';
import { CyclesController } from './cycles.controller';

@Module({ controllers: [CyclesController] })
export class CyclesModule {}
