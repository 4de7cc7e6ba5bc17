/** The DGOS sub-directorates that own actions (seed 003). */
export interface UnitDefinition {
  code: string;
  name: string;
}

export const UNITS: readonly UnitDefinition[] = [
  { code: 'PF', name: 'Sous-direction du pilotage de la performance des acteurs de l’offre de soins' },
  { code: 'RH', name: 'Sous-direction des ressources humaines du système de santé' },
  { code: 'R', name: 'Sous-direction de la régulation de l’offre de soins' },
  { code: 'Q', name: 'Sous-direction de la qualité et de la sécurité des soins' },
  { code: 'N', name: 'Sous-direction du numérique en santé' },
  { code: 'DNS', name: 'Délégation ministérielle au numérique en santé' },
];

export const UNIT_CODES: readonly string[] = UNITS.map((u) => u.code);
