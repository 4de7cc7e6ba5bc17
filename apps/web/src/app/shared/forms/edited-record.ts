import {
  effect,
  signal,
  untracked,
  type Signal,
  type WritableSignal,
} from '@angular/core';

/** A record a form edits: a new version has another `version`. */
export interface Versioned {
  readonly version: number;
}

/**
 * The version of a record that a form edits, kept apart from the record the page shows, which
 * follows other users' writes live. While the form holds nothing typed, a newer version fills it
 * again. Once the user has typed, a newer version does not touch the form: it waits in `newer`,
 * for `<bsl-outdated-notice>` to say so and offer it; a save still sends `base().version`, so that
 * the API's 409 and the conflict flow compare the two versions as before.
 *
 * Create it in a field initialiser (it runs an effect), after the form's `FormState`:
 * `new EditedRecord(this.action, this.form.value, formValueOf)`.
 */
export class EditedRecord<R extends Versioned, V extends object> {
  private readonly edited = signal<R | null>(null);
  private readonly waiting = signal<R | null>(null);
  /** The values the form was last filled with: what "nothing typed" means. */
  private filledWith: V | null = null;

  /** The version the form was filled from (null until the record is first read). */
  readonly base: Signal<R | null> = this.edited.asReadonly();
  /** A newer version that came while the user was typing; null otherwise. */
  readonly newer: Signal<R | null> = this.waiting.asReadonly();

  constructor(
    record: () => R,
    private readonly value: WritableSignal<V>,
    private readonly valueOf: (record: R) => V,
  ) {
    effect(() => {
      const next = record();
      untracked(() => this.receive(next));
    });
  }

  /** Has the user changed the values the form was filled with? */
  dirty(): boolean {
    return (
      this.filledWith !== null &&
      JSON.stringify(this.value()) !== JSON.stringify(this.filledWith)
    );
  }

  /** Fills the form from `record` (after a save, or when the user takes the saved version). */
  fill(record: R): void {
    this.edited.set(record);
    this.waiting.set(null);
    this.filledWith = this.valueOf(record);
    this.value.set(this.filledWith);
  }

  /** Edits `record` from now on, what was typed kept (after a conflict, "Reprendre…"). */
  rebase(record: R): void {
    this.edited.set(record);
    this.waiting.set(null);
  }

  /** "Voir la nouvelle version": the newer version replaces what was typed. */
  takeNewer(): void {
    const newer = this.waiting();
    if (newer) this.fill(newer);
  }

  private receive(next: R): void {
    const base = this.edited();
    if (base && base.version === next.version) {
      return;
    }
    if (base && this.dirty()) {
      this.waiting.set(next);
    } else {
      this.fill(next);
    }
  }
}
