import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FieldMark } from './field-base';

/** A field's label text with its marker and hint; used on a `<label>` by the kit's fields. */
@Component({
  selector: 'label[bslFieldLabel]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    {{ text() }}
    @if (mark() === 'required') {
      <span class="bsl-required-mark" aria-hidden="true">&nbsp;*</span>
    } @else if (mark() === 'optional') {
      <span>(facultatif)</span>
    }
    @if (hint(); as hint) {
      <span class="fr-hint-text">{{ hint }}</span>
    }
  `,
})
export class FieldLabelComponent {
  readonly text = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly mark = input<FieldMark>(null);
}
