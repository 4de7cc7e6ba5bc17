import type { CyclePayload } from '@boussole/domain';
import { defaultSince } from './default-since';

const cycle = (
  id: number,
  opensOn: string,
  state: CyclePayload['state'],
): CyclePayload => ({
  id,
  planId: 1,
  label: `C${id}`,
  opensOn,
  closesOn: opensOn,
  state,
  version: 1,
});

describe('defaultSince', () => {
  it('starts at the opening of the latest closed cycle', () => {
    const cycles = [
      cycle(3, '2026-11-16', 'open'),
      cycle(2, '2026-08-17', 'closed'),
      cycle(1, '2026-05-18', 'closed'),
    ];
    expect(defaultSince(cycles, '2026-11-25')).toBe('2026-08-17');
  });

  it('goes back 30 days without a closed cycle or when the cycles could not be read', () => {
    expect(defaultSince([cycle(1, '2026-11-16', 'open')], '2026-11-25')).toBe(
      '2026-10-26',
    );
    expect(defaultSince(null, '2026-03-01')).toBe('2026-01-30');
  });
});
