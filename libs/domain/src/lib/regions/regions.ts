/** The 18 regional health agencies (ARS), by INSEE region code (DESIGN §2). */
export interface RegionDefinition {
  code: string;
  name: string;
  /** Overseas regions are drawn as insets on the map of France. */
  overseas: boolean;
}

export const REGIONS: readonly RegionDefinition[] = [
  { code: '01', name: 'Guadeloupe', overseas: true },
  { code: '02', name: 'Martinique', overseas: true },
  { code: '03', name: 'Guyane', overseas: true },
  { code: '04', name: 'La Réunion', overseas: true },
  { code: '06', name: 'Mayotte', overseas: true },
  { code: '11', name: 'Île-de-France', overseas: false },
  { code: '24', name: 'Centre-Val de Loire', overseas: false },
  { code: '27', name: 'Bourgogne-Franche-Comté', overseas: false },
  { code: '28', name: 'Normandie', overseas: false },
  { code: '32', name: 'Hauts-de-France', overseas: false },
  { code: '44', name: 'Grand Est', overseas: false },
  { code: '52', name: 'Pays de la Loire', overseas: false },
  { code: '53', name: 'Bretagne', overseas: false },
  { code: '75', name: 'Nouvelle-Aquitaine', overseas: false },
  { code: '76', name: 'Occitanie', overseas: false },
  { code: '84', name: 'Auvergne-Rhône-Alpes', overseas: false },
  { code: '93', name: "Provence-Alpes-Côte d'Azur", overseas: false },
  { code: '94', name: 'Corse', overseas: false },
];

export const REGION_CODES: readonly string[] = REGIONS.map((r) => r.code);

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODES.includes(value);
}
