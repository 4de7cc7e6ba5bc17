import { AXIS_1 } from './axis-1.content';
import { AXIS_2 } from './axis-2.content';
import { AXIS_3 } from './axis-3.content';
import { AXIS_4 } from './axis-4.content';
import type { DemoPlan } from './demo-content.types';

/** The DGOS strategic project 2025-2027 (seed 000), as the demo tracks it. */
export const PLAN_2025_2027: DemoPlan = {
  title: 'Projet stratégique 2025-2027',
  startYear: 2025,
  endYear: 2027,
  state: 'active',
  description:
    'Le projet stratégique 2025-2027 de la DGOS, « notre boussole pour les années à venir » : quatre axes ' +
    'complémentaires, conçus comme des leviers d’action transversaux mobilisant l’ensemble des compétences de la ' +
    'direction et répondant aux principaux défis du système de santé.',
  axes: [AXIS_1, AXIS_2, AXIS_3, AXIS_4],
};
