import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Status } from '@boussole/domain';
import { axeViolations } from '../../testing/axe';
import { query } from '../../testing/query';
import { CheckboxFieldComponent } from './checkbox-field.component';
import { DateFieldComponent } from './date-field.component';
import { InputFieldComponent } from './input-field.component';
import { NumberFieldComponent } from './number-field.component';
import { ProgressFieldComponent } from './progress-field.component';
import { SelectFieldComponent } from './select-field.component';
import { StatusRadiosComponent } from './status-radios.component';
import { TextareaFieldComponent } from './textarea-field.component';

type FieldName =
  | 'nom'
  | 'description'
  | 'unite'
  | 'echeance'
  | 'cible'
  | 'avancement'
  | 'regional'
  | 'meteo';

@Component({
  imports: [
    InputFieldComponent,
    TextareaFieldComponent,
    SelectFieldComponent,
    DateFieldComponent,
    NumberFieldComponent,
    ProgressFieldComponent,
    CheckboxFieldComponent,
    StatusRadiosComponent,
  ],
  template: `
    <bsl-input-field
      fieldId="nom"
      label="Nom"
      hint="Tel qu’il figure sur l’annuaire."
      mark="required"
      [required]="true"
      autocomplete="family-name"
      [error]="errors().nom"
      [(value)]="nom"
    />
    <bsl-textarea-field
      fieldId="description"
      label="Description"
      mark="optional"
      [rows]="4"
      [error]="errors().description"
      [(value)]="description"
    />
    <bsl-select-field
      fieldId="unite"
      label="Unité"
      placeholder="Sélectionner une option"
      [options]="units"
      [error]="errors().unite"
      [(value)]="unit"
    />
    <bsl-date-field
      fieldId="echeance"
      label="Échéance"
      min="2026-01-01"
      [error]="errors().echeance"
      [(value)]="dueOn"
    />
    <bsl-number-field
      fieldId="cible"
      label="Cible"
      unit="lits"
      [error]="errors().cible"
      [(value)]="target"
    />
    <bsl-progress-field
      fieldId="avancement"
      label="Avancement"
      [disabled]="locked()"
      [error]="errors().avancement"
      [(value)]="progress"
    />
    <bsl-checkbox-field
      fieldId="regional"
      label="Action régionale"
      hint="Déployée dans les 18 régions."
      [error]="errors().regional"
      [(value)]="regional"
    />
    <bsl-checkbox-field
      fieldId="actif"
      label="Compte actif"
      [toggle]="true"
      [(value)]="active"
    />
    <bsl-status-radios
      fieldId="meteo"
      label="Météo"
      [error]="errors().meteo"
      [(value)]="status"
    />
  `,
})
class FormHostComponent {
  readonly errors = signal<Partial<Record<FieldName, string>>>({});
  readonly locked = signal(false);
  readonly nom = signal('Martin');
  readonly description = signal('');
  readonly units = [
    { value: 'PF', label: 'Pôle financement' },
    { value: 'RH', label: 'Ressources humaines' },
  ];
  readonly unit = signal('');
  readonly dueOn = signal('2026-06-30');
  readonly target = signal('');
  readonly progress = signal('40');
  readonly regional = signal(false);
  readonly active = signal(true);
  readonly status = signal<Status | null>(null);
}

describe('the form kit’s fields', () => {
  async function render() {
    const fixture = TestBed.createComponent(FormHostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const control = <E extends HTMLElement = HTMLInputElement>(id: string) =>
      query<E>(host, `#${id}`);
    /** The error state of a field, as DSFR and assistive technologies see it. */
    const stateOf = (id: string, group: string) => {
      const element = control(id);
      const messages = query(
        host,
        `#${element.getAttribute('aria-describedby')?.split(' ')[0]}`,
      );
      return {
        inError: element
          .closest(`.${group}`)
          ?.classList.contains(`${group}--error`),
        invalid: element.getAttribute('aria-invalid'),
        message: messages.querySelector('.fr-error-text')?.textContent?.trim(),
      };
    };
    const type = async (id: string, value: string) => {
      const element = control(id);
      element.value = value;
      element.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, host, control, stateOf, type };
  }

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
    expect(values.progress()).toBe('55');

    values.progress.set('60');
    await fixture.whenStable();
    expect(control('avancement').value).toBe('60');
  });

  it('offers a number field its unit and the progress field its 0..100 range', async () => {
    const { host, control, fixture } = await render();
    const progress = control('avancement');
    expect(progress.type).toBe('number');
    expect([progress.min, progress.max, progress.step]).toEqual([
      '0',
      '100',
      '1',
    ]);
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
