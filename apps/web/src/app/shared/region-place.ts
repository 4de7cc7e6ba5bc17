/** The French preposition each region takes where it is not « en » (« à La Réunion »). */
const PLACES: Readonly<Record<string, string>> = {
  '04': 'à La Réunion',
  '06': 'à Mayotte',
  '32': 'dans les Hauts-de-France',
  '44': 'dans le Grand Est',
  '52': 'dans les Pays de la Loire',
};

/** « en Bretagne », « à La Réunion », « dans le Grand Est ». */
export function inRegion(regionCode: string, regionName: string): string {
  return PLACES[regionCode] ?? `en ${regionName}`;
}
