/** The preposition each region takes where it is not « en » (« à La Réunion »); in English, « in ». */
const PLACES: Readonly<Record<string, string>> = {
  '04': $localize`à La Réunion`,
  '06': $localize`à Mayotte`,
  '32': $localize`dans les Hauts-de-France`,
  '44': $localize`dans le Grand Est`,
  '52': $localize`dans les Pays de la Loire`,
};

/** « en Bretagne », « à La Réunion », « dans le Grand Est ». */
export function inRegion(regionCode: string, regionName: string): string {
  return PLACES[regionCode] ?? $localize`en ${regionName}:REGION:`;
}
