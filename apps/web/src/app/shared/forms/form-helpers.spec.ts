import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { conflictCurrent } from './conflict';
import { apiFieldErrors, withoutField } from './field-errors';
import { focusFirstError } from './form-focus';
import { FormState } from './form-state';
import { parseNumber } from './number-field.component';
import { parseProgress } from './progress-field.component';

const badRequest = (fields?: Record<string, unknown>) =>
  new HttpErrorResponse({
    status: 400,
    error: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'La saisie est invalide.',
      fields,
    },
  });

const conflict = (current?: unknown) =>
  new HttpErrorResponse({
    status: 409,
    error: {
      statusCode: 409,
      error: 'Conflict',
      message: 'Modifié entre-temps.',
      current,
    },
  });

/** A form of two fields: a radio group `#couleur` and a text input `#nom`. */
function aForm(): HTMLElement {
  const root = document.createElement('form');
  root.innerHTML = `
    <fieldset id="couleur">
      <input type="radio" name="couleur" id="couleur-bleu" />
      <input type="radio" name="couleur" id="couleur-rouge" />
    </fieldset>
    <input id="nom" />
  `;
  document.body.append(root);
  return root;
}

const IDS = { color: 'couleur', name: 'nom' } as const;

describe('apiFieldErrors', () => {
  it('keeps the messages of the form’s own fields only', () => {
    const error = badRequest({
      name: 'Le nom est trop long.',
      planId: 'Projet inconnu.',
      color: 42,
    });
    expect(apiFieldErrors(error, ['color', 'name'])).toEqual({
      name: 'Le nom est trop long.',
    });
  });

  it('finds nothing in an answer without fields, or in what is not an API error', () => {
    expect(apiFieldErrors(badRequest(), ['name'])).toEqual({});
    expect(apiFieldErrors(new Error('réseau'), ['name'])).toEqual({});
    expect(
      apiFieldErrors(
        new HttpErrorResponse({
          status: 400,
          error: { fields: { name: 'x' } },
        }),
        ['name'],
      ),
    ).toEqual({});
  });

  it('forgets a field’s message once it changes', () => {
    const errors = { name: 'Trop long.', color: 'Choisissez.' };
    expect(withoutField(errors, 'name')).toEqual({ color: 'Choisissez.' });
    expect(withoutField(errors, 'other')).toBe(errors);
  });
});

describe('focusFirstError', () => {
  afterEach(() => document.body.replaceChildren());

  it('focuses the first faulty field in the form’s order, a group by its first radio', () => {
    const root = aForm();
    expect(focusFirstError(root, {}, IDS)).toBe(false);
    expect(focusFirstError(root, { name: 'x' }, IDS)).toBe(true);
    expect(document.activeElement?.id).toBe('nom');
    expect(focusFirstError(root, { name: 'x', color: 'y' }, IDS)).toBe(true);
    expect(document.activeElement?.id).toBe('couleur-bleu');
  });

  it('focuses the checked radio of a group', () => {
    const root = aForm();
    (root.querySelector('#couleur-rouge') as HTMLInputElement).checked = true;
    focusFirstError(root, { color: 'y' }, IDS);
    expect(document.activeElement?.id).toBe('couleur-rouge');
  });
});

describe('conflictCurrent', () => {
  it('gives the record as it is now from a 409 about a stale version', () => {
    expect(conflictCurrent(conflict({ id: 7, version: 5 }))).toEqual({
      id: 7,
      version: 5,
    });
  });

  it('is null for a 409 without the record, or any other failure', () => {
    expect(conflictCurrent(conflict())).toBeNull();
    expect(conflictCurrent(badRequest())).toBeNull();
    expect(conflictCurrent(new Error('réseau'))).toBeNull();
  });
});

describe('parseProgress and parseNumber', () => {
  it.each([
    ['0', 0],
    [' 100 ', 100],
    ['101', null],
    ['12.5', null],
    ['', null],
  ])('reads the progress %j as %j', (text, expected) => {
    expect(parseProgress(text)).toBe(expected);
  });

  it('reads a French decimal comma and spaced thousands', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 250')).toBe(1250);
    expect(parseNumber('-3.25')).toBe(-3.25);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('douze')).toBeNaN();
  });
});

describe('FormState', () => {
  afterEach(() => document.body.replaceChildren());

  const aState = () =>
    new FormState(signal({ color: '', name: '' }), {
      ids: IDS,
      validate: (value) => (value.name ? {} : { name: 'Indiquez le nom.' }),
    });

  it('shows the checks once submitted, and keeps them up to date while typing', () => {
    const root = aForm();
    const form = aState();
    expect(form.errors()).toEqual({});
    expect(form.start(root)).toBe(false);
    expect(form.errors()).toEqual({ name: 'Indiquez le nom.' });
    expect(document.activeElement?.id).toBe('nom');
    expect(form.pending()).toBe(false);

    form.set('name', 'Durand');
    expect(form.value()).toEqual({ color: '', name: 'Durand' });
    expect(form.errors()).toEqual({});
    expect(form.start(root)).toBe(true);
    expect(form.pending()).toBe(true);
    expect(form.start(root)).toBe(false);
  });

  it('puts the API’s messages on the fields until they change, and its message in the alert', () => {
    const root = aForm();
    const form = aState();
    form.set('name', 'Durand');
    form.start(root);
    form.failed(badRequest({ color: 'Couleur inconnue.' }), root);
    expect(form.pending()).toBe(false);
    expect(form.errors()).toEqual({ color: 'Couleur inconnue.' });
    expect(form.apiError()).toBe('La saisie est invalide.');
    expect(document.activeElement?.id).toBe('couleur-bleu');

    form.set('color', 'bleu');
    expect(form.errors()).toEqual({});
  });

  it('can leave the alert out when fields say it all, or give its own message', () => {
    const root = aForm();
    const form = aState();
    form.failed(badRequest({ color: 'Couleur inconnue.' }), root, {
      alert: 'without-fields',
    });
    expect(form.apiError()).toBeNull();
    form.failed(badRequest(), root, { alert: 'without-fields' });
    expect(form.apiError()).toBe('La saisie est invalide.');
    form.failed(new Error('réseau'), root, { message: 'Connexion refusée.' });
    expect(form.apiError()).toBe('Connexion refusée.');
  });

  it('takes its signal inside the options as well', () => {
    const value = signal({ color: '', name: '' });
    const form = new FormState({
      value,
      ids: IDS,
      validate: (current) => (current.color ? {} : { color: 'Choisissez.' }),
    });
    form.start(aForm());
    expect(form.errors()).toEqual({ color: 'Choisissez.' });
    form.set('color', 'bleu');
    expect(value().color).toBe('bleu');
  });

  it('hides the errors again once saved or reset', () => {
    const root = aForm();
    const form = aState();
    form.start(root);
    form.succeeded();
    expect(form.errors()).toEqual({});
    form.start(root);
    form.reset({ color: 'rouge', name: '' });
    expect(form.errors()).toEqual({});
    expect(form.value().color).toBe('rouge');
  });
});
