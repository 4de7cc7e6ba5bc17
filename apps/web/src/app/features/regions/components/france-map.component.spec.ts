import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { REGIONS, type RegionSummary } from '@boussole/domain';
import { FranceMapComponent } from './france-map.component';
import { MAP_RAMP } from './map-scale';

/** The 18 regions between 41 and 58 %, Corse without figures. */
function regions(): RegionSummary[] {
  return REGIONS.map((region, index) => ({
    code: region.code,
    name: region.name,
    overseas: ['01', '02', '03', '04', '06'].includes(region.code),
    planId: 1,
    regionCount: REGIONS.length,
    progress: region.code === '94' ? null : 41 + index,
    rank: null,
    deploymentCount: 3,
    laggingCount: 0,
    counts: {
      not_started: 0,
      on_track: 3,
      at_risk: 0,
      late: 0,
      done: 0,
      abandoned: 0,
    },
  }));
}

describe('FranceMapComponent', () => {
  it('colours a narrow spread with the whole ramp, a legend giving each class’s range, and a link per region', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(FranceMapComponent);
    fixture.componentRef.setInput('regions', regions());
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    const links = host.querySelectorAll('svg a');
    expect(links).toHaveLength(18);
    const fills = new Set(
      Array.from(host.querySelectorAll('svg a .bsl-map__shape'), (shape) =>
        shape.getAttribute('fill'),
      ),
    );
    // Seventeen regions within 17 points still get the five colours, Corse its hatching.
    for (const colour of MAP_RAMP) expect(fills).toContain(colour.fill);
    expect(fills).toContain('url(#bsl-map-hachures)');

    const legend = Array.from(
      host.querySelectorAll('.bsl-map__legend li'),
      (li) => li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(legend).toHaveLength(6);
    expect(legend[0]).toMatch(/^De 41 à \d+\s% \(\d+\srégions\)$/);
    expect(legend[5]).toBe('Aucune donnée (hachures, –)');
    expect(host.textContent).toContain('Médiane des régions');
    const corse = Array.from(links).find((link) =>
      link.getAttribute('aria-label')?.startsWith('Corse'),
    );
    expect(corse?.getAttribute('aria-label')).toBe(
      'Corse : aucune donnée d’avancement',
    );
  });
});
