import { applyDecorators } from '@nestjs/common';
import { UNIT_CODES } from '@boussole/domain';
import { IsBoolean, IsIn, IsString, Matches, Max, Min } from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { Trim } from '../../common/dto/text';
import { IsDecimalNumber } from '../../common/is-decimal-number.validator';
import { ACTION_CODE_PATTERN } from '../action-rules';

/** The checks an action's fields share between its creation and its edit (checked in the order listed). */

export const WEIGHT_MESSAGE = 'Le poids est compris entre 0 (exclu) et 100.';
export const CODE_MESSAGE = 'Le code d’une action s’écrit axe.objectif.numéro, par exemple 1.2.3.';
export const UNIT_MESSAGE = `La sous-direction est l’une de : ${UNIT_CODES.join(', ')}.`;

/** 0 < weight ≤ 100, two decimals at most. */
export const IsWeight = () =>
  applyDecorators(
    IsOmittable(),
    IsDecimalNumber(2, { message: 'Le poids doit être un nombre (deux décimales au plus).' }),
    Min(0.01, { message: 'Le poids doit être strictement positif.' }),
    Max(100, { message: WEIGHT_MESSAGE }),
  );

/** `axe.objectif.numéro`, unique in the plan (checked by the service). */
export const IsActionCode = () => applyDecorators(IsOmittable(), Trim(), IsString({ message: CODE_MESSAGE }), Matches(ACTION_CODE_PATTERN, { message: CODE_MESSAGE }));

/** One of the six sub-directorates; required on creation. */
export const IsUnitCode = (mode: 'create' | 'patch') =>
  applyDecorators(mode === 'create' ? IsRequired('La sous-direction est obligatoire.') : IsOmittable(), IsIn([...UNIT_CODES], { message: UNIT_MESSAGE }));

/** Deployed in the 18 regions, or not. */
export const IsRegional = () => applyDecorators(IsOmittable(), IsBoolean({ message: '« regional » vaut true ou false.' }));

