/** How each series differs from the others without colour: its marker and its dash pattern. */
export const SERIES_STYLES = [
  { marker: 'circle', dash: null, words: $localize`ronds, trait plein` },
  { marker: 'square', dash: '8 4', words: $localize`carrés, tirets` },
  { marker: 'triangle', dash: '2 3', words: $localize`triangles, pointillés` },
  { marker: 'diamond', dash: '10 3 2 3', words: $localize`losanges, trait mixte` },
  { marker: 'cross', dash: '4 2', words: $localize`croix, tirets courts` },
  {
    marker: 'triangle-down',
    dash: '1 5',
    words: $localize`triangles pointe en bas, points espacés`,
  },
] as const;

export type MarkerKind = (typeof SERIES_STYLES)[number]['marker'];

/** The outline of a marker centred on (x, y), as an SVG path: filled shapes, told apart by form. */
export function markerPath(kind: MarkerKind, x: number, y: number): string {
  const r = 5;
  const shape = (points: readonly (readonly [number, number])[]) =>
    points
      .map(
        ([dx, dy], i) =>
          `${i === 0 ? 'M' : 'L'}${round(x + dx)} ${round(y + dy)}`,
      )
      .join(' ') + ' Z';
  switch (kind) {
    case 'circle':
      return `M${x - r} ${y} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'square':
      return shape([
        [-4.5, -4.5],
        [4.5, -4.5],
        [4.5, 4.5],
        [-4.5, 4.5],
      ]);
    case 'triangle':
      return shape([
        [0, -6],
        [5.5, 4],
        [-5.5, 4],
      ]);
    case 'triangle-down':
      return shape([
        [0, 6],
        [5.5, -4],
        [-5.5, -4],
      ]);
    case 'diamond':
      return shape([
        [0, -6.5],
        [6.5, 0],
        [0, 6.5],
        [-6.5, 0],
      ]);
    case 'cross': {
      // A plus sign turned by 45°.
      const w = 1.6;
      const plus: [number, number][] = [
        [-w, -r],
        [w, -r],
        [w, -w],
        [r, -w],
        [r, w],
        [w, w],
        [w, r],
        [-w, r],
        [-w, w],
        [-r, w],
        [-r, -w],
        [-w, -w],
      ];
      const turn = Math.SQRT1_2;
      return shape(
        plus.map(([dx, dy]) => [(dx - dy) * turn, (dx + dy) * turn]),
      );
    }
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
