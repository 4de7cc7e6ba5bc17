import { axeViolations } from '../../testing/axe';
import { renderFields as render } from './fields-host.testing';

describe('the form kit’s text fields', () => {
  it('labels each control, with its hint and marker, and names its messages', async () => {
    const { host, control } = await render();
    const label = (id: string) =>
      host.querySelector(`label[for=${id}]`)?.textContent?.replace(/\s+/g, ' ');
    expect(label('nom')).toContain('Nom');
    expect(label('nom')).toContain('Tel qu’il figure sur l’annuaire.');
    expect(host.querySelector('label[for=nom] .fr-hint-text')).not.toBeNull();
    expect(
      host.querySelector('label[for=nom] [aria-hidden=true]')?.textContent,
    ).toContain('*');
    expect(control('nom').getAttribute('aria-required')).toBe('true');
    expect(control('nom').getAttribute('autocomplete')).toBe('family-name');
    expect(label('description')).toContain('(facultatif)');
    expect(control('description').getAttribute('aria-required')).toBeNull();
    expect(label('avancement')).toContain(
      'En pourcentage : un nombre entier de 0 à 100.',
    );
    for (const id of ['nom', 'description', 'unite', 'echeance', 'cible']) {
      expect(control(id).getAttribute('aria-describedby')).toBe(
        `${id}-messages`,
      );
      expect(
        host.querySelector(`#${id}-messages`)?.getAttribute('aria-live'),
      ).toBe('polite');
    }
  });

  it('shows each field’s error in the DSFR error state, and clears it', async () => {
    const { fixture, stateOf } = await render();
    expect(stateOf('nom', 'fr-input-group')).toEqual({
      inError: false,
      invalid: null,
      message: undefined,
    });
    fixture.componentInstance.errors.set({
      nom: 'Indiquez le nom.',
      description: 'La description est trop longue.',
      unite: 'Choisissez l’unité.',
      echeance: 'L’échéance suit le début.',
      cible: 'La cible doit être un nombre.',
      avancement: 'L’avancement est faux.',
      regional: 'Impossible : un déploiement a un historique.',
    });
    await fixture.whenStable();
    expect(stateOf('nom', 'fr-input-group')).toEqual({
      inError: true,
      invalid: 'true',
      message: 'Indiquez le nom.',
    });
    expect(stateOf('description', 'fr-input-group').message).toBe(
      'La description est trop longue.',
    );
    expect(stateOf('unite', 'fr-select-group')).toEqual({
      inError: true,
      invalid: 'true',
      message: 'Choisissez l’unité.',
    });
    expect(stateOf('echeance', 'fr-input-group').inError).toBe(true);
    expect(stateOf('cible', 'fr-input-group').message).toBe(
      'La cible doit être un nombre.',
    );
    expect(stateOf('avancement', 'fr-input-group').inError).toBe(true);
    expect(stateOf('regional', 'fr-checkbox-group')).toEqual({
      inError: true,
      invalid: 'true',
      message: 'Impossible : un déploiement a un historique.',
    });

    fixture.componentInstance.errors.set({});
    await fixture.whenStable();
    expect(stateOf('nom', 'fr-input-group').inError).toBe(false);
    expect(stateOf('unite', 'fr-select-group').message).toBeUndefined();
  });

  it('shows the values given and hands back what is typed', async () => {
    const { fixture, control, type } = await render();
    const values = fixture.componentInstance;
    expect(control('nom').value).toBe('Martin');
    expect(control('echeance').type).toBe('date');
    expect(control('echeance').value).toBe('2026-06-30');
    expect(control('echeance').min).toBe('2026-01-01');

    await type('nom', 'Durand');
    await type('description', 'Une ligne.\nUne autre.');
    await type('echeance', '2026-12-31');
    await type('cible', '12.5');
    await type('avancement', '55');
    expect(values.nom()).toBe('Durand');
    expect(values.description()).toBe('Une ligne.\nUne autre.');
    expect(values.dueOn()).toBe('2026-12-31');
    expect(values.target()).toBe('12.5');
    // A French decimal comma is kept as typed (a type=number input would empty it).
    await type('cible', '2,5');
    expect(values.target()).toBe('2,5');
    expect(control('cible').value).toBe('2,5');
    expect(values.progress()).toBe('55');

    values.progress.set('60');
    await fixture.whenStable();
    expect(control('avancement').value).toBe('60');
  });

  it('offers a number field its unit and the progress field its 0..100 range', async () => {
    const { host, control, fixture } = await render();
    const progress = control('avancement');
    // Text inputs with a numeric keyboard: the range is said in the hint and kept by the checks.
    expect([progress.type, control('cible').type]).toEqual(['text', 'text']);
    expect(host.querySelector('label[for=avancement]')?.textContent).toContain(
      'de 0 à 100',
    );
    expect(progress.getAttribute('inputmode')).toBe('numeric');
    expect(control('cible').getAttribute('inputmode')).toBe('decimal');
    const suffix = (id: string) =>
      control(id).parentElement?.querySelector('[aria-hidden=true]')
        ?.textContent;
    expect(suffix('avancement')).toBe('%');
    expect(suffix('cible')).toBe('lits');
    expect(suffix('nom')).toBeUndefined();

    fixture.componentInstance.locked.set(true);
    await fixture.whenStable();
    expect(progress.disabled).toBe(true);
    expect(
      host.querySelector('.fr-input-group--disabled #avancement'),
    ).not.toBeNull();
  });

  it('has no axe violation, fine or in error', async () => {
    const { fixture, host } = await render();
    document.body.append(host);
    expect(await axeViolations(host)).toEqual([]);
    fixture.componentInstance.errors.set({
      nom: 'Indiquez le nom.',
      unite: 'Choisissez l’unité.',
      regional: 'Impossible.',
      meteo: 'Choisissez la météo.',
    });
    await fixture.whenStable();
    expect(await axeViolations(host)).toEqual([]);
    host.remove();
  });
});
