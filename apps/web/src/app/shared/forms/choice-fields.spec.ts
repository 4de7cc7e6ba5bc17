import { query } from '../../testing/query';
import { renderFields as render } from './fields-host.testing';

describe('the form kit’s choice fields', () => {
  it('chooses in a select, with a placeholder until a choice is made', async () => {
    const { fixture, control } = await render();
    const select = control<HTMLSelectElement>('unite');
    expect(select.value).toBe('');
    expect(select.options[0].textContent?.trim()).toBe(
      'Sélectionner une option',
    );
    expect(select.options[0].disabled).toBe(true);
    select.value = 'RH';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(fixture.componentInstance.unit()).toBe('RH');

    fixture.componentInstance.unit.set('PF');
    await fixture.whenStable();
    expect(select.value).toBe('PF');
  });

  it('ticks a checkbox and a toggle', async () => {
    const { fixture, control, host } = await render();
    const values = fixture.componentInstance;
    expect(control('regional').checked).toBe(false);
    control('regional').click();
    await fixture.whenStable();
    expect(values.regional()).toBe(true);

    expect(control('actif').classList).toContain('fr-toggle__input');
    expect(control('actif').checked).toBe(true);
    expect(
      host
        .querySelector('label[for=actif]')
        ?.getAttribute('data-fr-checked-label'),
    ).toBe('Activé');
    control('actif').click();
    await fixture.whenStable();
    expect(values.active()).toBe(false);
    expect(control('regional').getAttribute('aria-describedby')).toBe(
      'regional-messages',
    );
  });

  it('gives the six météos as radios in a fieldset named by its legend and messages', async () => {
    const { fixture, host, control } = await render();
    const fieldset = query(host, 'fieldset#meteo');
    expect(fieldset.getAttribute('aria-labelledby')).toBe(
      'meteo-legende meteo-messages',
    );
    expect(query(host, '#meteo-legende').textContent?.trim()).toBe('Météo');
    const radios = Array.from(
      host.querySelectorAll<HTMLInputElement>('input[name=meteo]'),
    );
    expect(radios.map((radio) => radio.id)).toEqual([
      'meteo-not_started',
      'meteo-on_track',
      'meteo-at_risk',
      'meteo-late',
      'meteo-done',
      'meteo-abandoned',
    ]);
    expect(query(host, 'label[for=meteo-late]').textContent?.trim()).toBe(
      'En retard',
    );
    expect(radios.some((radio) => radio.checked)).toBe(false);

    control('meteo-late').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.status()).toBe('late');

    fixture.componentInstance.status.set('done');
    fixture.componentInstance.errors.set({ meteo: 'Choisissez la météo.' });
    await fixture.whenStable();
    expect(control('meteo-done').checked).toBe(true);
    expect(fieldset.classList).toContain('fr-fieldset--error');
    expect(query(host, '#meteo-messages').textContent?.trim()).toBe(
      'Choisissez la météo.',
    );
  });
});
