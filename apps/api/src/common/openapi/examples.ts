import type { LoginResponse, UnitPayload } from '@boussole/domain';

/** French examples for the document, typed by the payloads they show so they cannot drift from them. */
export const LOGIN_EXAMPLE: LoginResponse = {
  user: {
    id: 7,
    email: 'pf@boussole.test',
    name: 'Claire Martin',
    role: 'project_manager',
    unit: { id: 1, code: 'PF', name: 'Sous-direction du pilotage de la performance des acteurs de l’offre de soins' },
    regionCode: null,
    reminders: true,
    language: 'fr',
  },
  token: 'q3Zp8…jeton-de-session…Yw',
};

export const UNITS_EXAMPLE: UnitPayload[] = [
  { id: 1, code: 'PF', name: 'Sous-direction du pilotage de la performance des acteurs de l’offre de soins' },
  { id: 2, code: 'RH', name: 'Sous-direction des ressources humaines du système de santé' },
];
