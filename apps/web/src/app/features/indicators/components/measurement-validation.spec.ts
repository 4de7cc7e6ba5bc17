import type { Actor } from '@boussole/domain';
import {
  measurementScopes,
  toMeasurementRequest,
  validateMeasurement,
} from './measurement-validation';

const actor = (overrides: Partial<Actor>): Actor => ({
  id: 1,
  role: 'viewer',
  unitCode: null,
  regionCode: null,
  ...overrides,
});

describe('measurementScopes', () => {
  it('lets an ARS liaison enter their own region only, never the national value', () => {
    const scopes = measurementScopes(
      actor({ role: 'ars_liaison', regionCode: '53' }),
      { regional: true },
      'R',
    );
    expect(scopes.national.allowed).toBe(false);
    expect(scopes.regions.map((region) => region.name)).toEqual(['Bretagne']);
  });

  it('lets a project manager enter the values of their unit’s action only', () => {
    const manager = actor({ role: 'project_manager', unitCode: 'R' });
    const own = measurementScopes(manager, { regional: true }, 'R');
    expect(own.national.allowed).toBe(true);
    expect(own.regions).toHaveLength(18);
    const other = measurementScopes(manager, { regional: true }, 'PF');
    expect(other.national.allowed).toBe(false);
    expect(other.regions).toEqual([]);
  });

  it('gives a director the national value only, and no region of a national indicator', () => {
    const scopes = measurementScopes(
      actor({ role: 'director' }),
      { regional: false },
      null,
    );
    expect(scopes.national.allowed).toBe(true);
    expect(scopes.regions).toEqual([]);
  });
});

describe('validateMeasurement', () => {
  it('asks for the period and the value, in French', () => {
    expect(
      validateMeasurement({ period: '', value: '', regionCode: '' }),
    ).toEqual({
      period: 'Indiquez la période mesurée.',
      value: 'Indiquez la valeur mesurée.',
    });
    expect(
      validateMeasurement({
        period: '0002-01-01',
        value: 'abc',
        regionCode: '',
      }),
    ).toEqual({
      period: 'La période doit être une date valide, au format JJ/MM/AAAA.',
      value: 'La valeur doit être un nombre, par exemple 12,5.',
    });
  });

  it('accepts a decimal comma and sends national values with a null region', () => {
    const form = { period: '2026-11-10', value: '12,5', regionCode: '' };
    expect(validateMeasurement(form)).toEqual({});
    expect(toMeasurementRequest(form)).toEqual({
      period: '2026-11-10',
      value: 12.5,
      regionCode: null,
    });
    expect(toMeasurementRequest({ ...form, regionCode: '53' }).regionCode).toBe(
      '53',
    );
  });
});
