import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RegionSummary } from '@boussole/domain';
import { percentText } from '../../../core/i18n/page-format';
import {
  INSET,
  MAP_HEIGHT,
  MAP_WIDTH,
  METROPOLITAN_SHAPES,
  OVERSEAS_SHAPES,
  type RegionShape,
} from './map-shapes';
import { NO_DATA_CLASS, quantileScale, regionMapLabel } from './map-scale';

/** What the map draws of one region. */
interface MapRegion {
  readonly shape: RegionShape;
  readonly label: string;
  readonly value: string;
  readonly fill: string;
  readonly ink: string;
  /** Overseas: the top of its inset frame. */
  readonly top: number;
}

/**
 * The map of France's 18 regions, each filled by its progress on a scale of five classes drawn
 * from the regions' own quantiles (so that a narrow spread still shows), each a link to its page
 * named by its figures (the table below the map gives the same figures as text). On a small
 * screen the names and figures drawn on the map give way to that table (see the CSS).
 */
@Component({
  selector: 'bsl-france-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './france-map.component.html',
  styleUrl: './france-map.component.css',
})
export class FranceMapComponent {
  readonly regions = input.required<readonly RegionSummary[]>();

  protected readonly viewBox = `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`;
  protected readonly inset = INSET;
  private readonly scale = computed(() =>
    quantileScale(this.regions().map((region) => region.progress)),
  );
  /** The classes that hold regions, then "Aucune donnée" when a region has no figure. */
  protected readonly legend = computed(() => {
    const classes = this.scale().classes;
    const missing = this.regions().some((region) => region.progress === null);
    return missing || classes.length === 0
      ? [...classes, NO_DATA_CLASS]
      : classes;
  });
  protected readonly median = computed(() => {
    const median = this.scale().median;
    return median === null ? null : percentText(median);
  });

  private readonly byCode = computed(
    () => new Map(this.regions().map((region) => [region.code, region])),
  );
  protected readonly metropolitan = computed(() =>
    METROPOLITAN_SHAPES.map((shape) => this.draw(shape, 0)),
  );
  protected readonly overseas = computed(() =>
    OVERSEAS_SHAPES.map((shape, index) =>
      this.draw(shape, index * (INSET.height + INSET.gap)),
    ),
  );

  /** The y of each line of a label centred on `y`, the value line last. */
  protected lineY(region: MapRegion, index: number): number {
    const lines = region.shape.label.length + 1;
    return (region.shape.y ?? 0) - ((lines - 1) * 11) / 2 + index * 11 + 4;
  }

  private draw(shape: RegionShape, top: number): MapRegion {
    const region = this.byCode().get(shape.code);
    const progress = region?.progress ?? null;
    const scale = this.scale().classOf(progress);
    return {
      shape,
      label: regionMapLabel(
        region?.name ?? shape.label.join(''),
        progress,
        region?.rank ?? null,
        this.regions().length,
      ),
      value: progress === null ? '–' : percentText(progress),
      fill: progress === null ? 'url(#bsl-map-hachures)' : scale.fill,
      ink: scale.ink,
      top,
    };
  }
}
