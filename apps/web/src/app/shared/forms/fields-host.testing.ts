/** A host of every field of the kit, bound to signals, and lookups into it: for the kit's specs. */
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Status } from '@boussole/domain';
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
      i18n-label
      hint="Tel qu’il figure sur l’annuaire."
      i18n-hint
      mark="required"
      [required]="true"
      autocomplete="family-name"
      [error]="errors().nom"
      [(value)]="nom"
    />
    <bsl-textarea-field
      fieldId="description"
      label="Description"
      i18n-label
      mark="optional"
      [rows]="4"
      [error]="errors().description"
      [(value)]="description"
    />
    <bsl-select-field
      fieldId="unite"
      label="Unité"
      i18n-label
      placeholder="Sélectionner une option"
      i18n-placeholder
      [options]="units"
      [error]="errors().unite"
      [(value)]="unit"
    />
    <bsl-date-field
      fieldId="echeance"
      label="Échéance"
      i18n-label
      min="2026-01-01"
      [error]="errors().echeance"
      [(value)]="dueOn"
    />
    <bsl-number-field
      fieldId="cible"
      label="Cible"
      i18n-label
      unit="lits"
      i18n-unit
      [error]="errors().cible"
      [(value)]="target"
    />
    <bsl-progress-field
      fieldId="avancement"
      label="Avancement"
      i18n-label
      [disabled]="locked()"
      [error]="errors().avancement"
      [(value)]="progress"
    />
    <bsl-checkbox-field
      fieldId="regional"
      label="Action régionale"
      i18n-label
      hint="Déployée dans les 18 régions."
      i18n-hint
      [error]="errors().regional"
      [(value)]="regional"
    />
    <bsl-checkbox-field
      fieldId="actif"
      label="Compte actif"
      i18n-label
      [toggle]="true"
      [(value)]="active"
    />
    <bsl-status-radios
      fieldId="meteo"
      label="Météo"
      i18n-label
      [error]="errors().meteo"
      [(value)]="status"
    />
  `,
})
export class FormHostComponent {
  readonly errors = signal<Partial<Record<FieldName, string>>>({});
  readonly locked = signal(false);
  readonly nom = signal('Martin');
  readonly description = signal('');
  readonly units = [
    { value: 'PF', label: $localize`Pôle financement` },
    { value: 'RH', label: $localize`Ressources humaines` },
  ];
  readonly unit = signal('');
  readonly dueOn = signal('2026-06-30');
  readonly target = signal('');
  readonly progress = signal('40');
  readonly regional = signal(false);
  readonly active = signal(true);
  readonly status = signal<Status | null>(null);
}

/** The host rendered, with lookups: a control by id, a field's error state, typing into it. */
export async function renderFields() {
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
