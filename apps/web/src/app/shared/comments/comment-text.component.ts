import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { textSegments } from './text-segments';

/**
 * A comment's text as plain text (DESIGN §2): line breaks kept by CSS, http(s) addresses turned
 * into links. Text goes through interpolation only, so markup in it is shown, never interpreted.
 */
@Component({
  selector: 'bsl-comment-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  template: `
    @for (segment of segments(); track $index) {
      @if (segment.kind === 'link') {
        <a
          [href]="segment.href"
          target="_blank"
          rel="noopener noreferrer"
          [title]="newWindow(segment.text)"
          >{{ segment.text }}</a
        >
      } @else {
        <ng-container>{{ segment.text }}</ng-container>
      }
    }
  `,
})
export class CommentTextComponent {
  readonly text = input.required<string>();

  protected readonly segments = computed(() => textSegments(this.text()));

  protected newWindow(link: string): string {
    return $localize`${link}:LINK: - nouvelle fenêtre`;
  }
}
