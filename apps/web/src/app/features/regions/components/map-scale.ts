import { formatPercentFr } from '@boussole/domain';

/** A class of the map's colour scale: its colours and its legend. */
export interface MapClass {
  readonly key: 'none' | 'c1' | 'c2' | 'c3' | 'c4' | 'c5';
  readonly legend: string;
  /** The fill of the region (a sequential blue, after the DSFR's blue France). */
  readonly fill: string;
  /** The colour of the text drawn over that fill, contrasted enough (≥ 4.5:1). */
  readonly ink: string;
}

export const NO_DATA_CLASS: MapClass = {
  key: 'none',
  legend: 'Aucune donnée',
  fill: '#e5e5e5',
  ink: '#161616',
};

/** Five classes of 20 points, lightest for the least advanced. */
export const MAP_CLASSES: readonly MapClass[] = [
  { key: 'c1', legend: 'Moins de 20 %', fill: '#ececfe', ink: '#161616' },
  {
    key: 'c2',
    legend: 'De 20 à moins de 40 %',
    fill: '#c1c1fb',
    ink: '#161616',
  },
  {
    key: 'c3',
    legend: 'De 40 à moins de 60 %',
    fill: '#8585f6',
    ink: '#161616',
  },
  {
    key: 'c4',
    legend: 'De 60 à moins de 80 %',
    fill: '#3d3dd6',
    ink: '#ffffff',
  },
  { key: 'c5', legend: '80 % et plus', fill: '#000091', ink: '#ffffff' },
];

/** The class of a region's progress (0..100); no progress, no class: "Aucune donnée". */
export function progressClass(progress: number | null): MapClass {
  if (progress === null || !Number.isFinite(progress)) return NO_DATA_CLASS;
  const index = Math.min(4, Math.max(0, Math.floor(progress / 20)));
  return MAP_CLASSES[index];
}

/** "1re", "2e", "3e"…: the rank of a region (feminine), in French. */
export function rankFr(rank: number): string {
  return rank === 1 ? '1re' : `${rank}e`;
}

/** The accessible name of a region on the map: "Bretagne : 62 % d’avancement, rang 3 sur 18". */
export function regionMapLabel(
  name: string,
  progress: number | null,
  rank: number | null,
  count: number,
): string {
  if (progress === null) return `${name} : aucune donnée d’avancement`;
  const rankText = rank === null ? '' : `, rang ${rank} sur ${count}`;
  return `${name} : ${formatPercentFr(progress)} d’avancement${rankText}`;
}
