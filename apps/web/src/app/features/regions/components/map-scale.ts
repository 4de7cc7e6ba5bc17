import { median } from '@boussole/domain';
import { pageLanguage } from '../../../core/i18n/page-language';
import { numberText, percentText } from '../../../core/i18n/page-format';

/** A class of the map's colour scale: its colours, its range and its legend. */
export interface MapClass {
  readonly key: 'none' | 'c1' | 'c2' | 'c3' | 'c4' | 'c5';
  readonly legend: string;
  /** The fill of the region (a sequential blue, after the DSFR's blue France). */
  readonly fill: string;
  /** The colour of the text drawn over that fill, contrasted enough (≥ 4.5:1). */
  readonly ink: string;
  /** The lowest and highest progress of the regions in the class (none for "Aucune donnée"). */
  readonly min?: number;
  readonly max?: number;
  /** How many regions the class holds. */
  readonly count?: number;
}

export const NO_DATA_CLASS: MapClass = {
  key: 'none',
  legend: $localize`Aucune donnée`,
  fill: '#e5e5e5',
  ink: '#161616',
};

/** The five colours of the ramp, lightest for the least advanced. */
export const MAP_RAMP: readonly Pick<MapClass, 'key' | 'fill' | 'ink'>[] = [
  { key: 'c1', fill: '#ececfe', ink: '#161616' },
  { key: 'c2', fill: '#c1c1fb', ink: '#161616' },
  { key: 'c3', fill: '#8585f6', ink: '#161616' },
  { key: 'c4', fill: '#3d3dd6', ink: '#ffffff' },
  { key: 'c5', fill: '#000091', ink: '#ffffff' },
];

/** The map's colour scale, drawn from the regions' own figures. */
export interface MapScale {
  /** The classes from the least to the most advanced, each with its range; empty without data. */
  readonly classes: readonly MapClass[];
  /** The median of the regions' progress, `null` without data. */
  readonly median: number | null;
  classOf(progress: number | null): MapClass;
}

/**
 * Five classes by quantiles of the regions' progress (about as many regions in each), not five
 * fixed bands of 20 points: when every region lies between 40 and 55 %, fixed bands paint them
 * all alike, whereas quantiles still tell the leaders from the laggards. Equal values always share
 * a class, so there may be fewer than five; the colours then spread over the whole ramp.
 */
export function quantileScale(values: readonly (number | null)[]): MapScale {
  const known = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (known.length === 0) {
    return { classes: [], median: null, classOf: () => NO_DATA_CLASS };
  }
  const groups = quantileGroups(known, MAP_RAMP.length);
  const classes = groups.map((group, index): MapClass => {
    const colour =
      MAP_RAMP[
        groups.length === 1
          ? 2
          : Math.round((index * (MAP_RAMP.length - 1)) / (groups.length - 1))
      ];
    const min = group[0];
    const max = group[group.length - 1];
    return {
      ...colour,
      min,
      max,
      count: group.length,
      legend: `${rangeText(min, max)} (${regionCount(group.length)})`,
    };
  });
  return {
    classes,
    median: median(known),
    classOf(progress) {
      if (progress === null || !Number.isFinite(progress)) return NO_DATA_CLASS;
      // The last class whose lowest value is at or below the progress (the first one below all).
      let found = classes[0];
      for (const c of classes) if ((c.min ?? 0) <= progress) found = c;
      return found;
    },
  };
}

/**
 * `sorted` cut into at most `count` runs of about equal length, never splitting equal values:
 * the value at each cut moves, with all its equals, to the run it starts.
 */
function quantileGroups(sorted: readonly number[], count: number): number[][] {
  const groups: number[][] = [];
  let start = 0;
  for (let k = 1; k <= count && start < sorted.length; k += 1) {
    let end =
      k === count ? sorted.length : Math.round((k * sorted.length) / count);
    if (end <= start) continue;
    // Keep the equals of the last value together.
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end += 1;
    groups.push(sorted.slice(start, end));
    start = end;
  }
  return groups;
}

function rangeText(min: number, max: number): string {
  if (min === max) return percentText(min);
  return $localize`De ${numberText(min, 1)}:MIN: à ${percentText(max)}:MAX:`;
}

function regionCount(count: number): string {
  return count === 1
    ? $localize`1\u00a0région`
    : $localize`${numberText(count, 0)}:COUNT:\u00a0régions`;
}

/** "1re", "2e", "3e"…: the rank of a region (feminine), in French. */
export function rankFr(rank: number): string {
  return rank === 1 ? '1re' : `${rank}e`;
}

/** "1st", "2nd", "3rd", "11th"…: the rank of a region, in English. */
export function rankEn(rank: number): string {
  const tens = rank % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : ({ 1: 'st', 2: 'nd', 3: 'rd' }[rank % 10] ?? 'th');
  return `${rank}${suffix}`;
}

/** The rank of a region in the page's language. */
export function rankText(rank: number): string {
  return pageLanguage() === 'en' ? rankEn(rank) : rankFr(rank);
}

/** The accessible name of a region on the map: "Bretagne : 62 % d’avancement, rang 3 sur 18". */
export function regionMapLabel(
  name: string,
  progress: number | null,
  rank: number | null,
  count: number,
): string {
  if (progress === null) return $localize`${name}:NAME: : aucune donnée d’avancement`;
  const percent = percentText(progress);
  return rank === null
    ? $localize`${name}:NAME: : ${percent}:PERCENT: d’avancement`
    : $localize`${name}:NAME: : ${percent}:PERCENT: d’avancement, rang ${rank}:RANK: sur ${count}:COUNT:`;
}
