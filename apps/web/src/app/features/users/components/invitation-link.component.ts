import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { type InvitationPayload } from '@boussole/domain';
import { dateTimeText } from '../../../core/i18n/page-format';

let nextId = 0;

/**
 * A one-time link just issued, for the admin to pass on: the link itself (selectable), a
 * "Copier le lien" button, when it expires and whether it was e-mailed. A DSFR alert whose
 * title gets the focus when it appears.
 */
@Component({
  selector: 'bsl-invitation-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-alert fr-alert--success fr-mb-4w">
      <p
        #title
        class="fr-alert__title"
        role="heading"
        tabindex="-1"
        [attr.aria-level]="level()"
      >
        {{ heading() }}
      </p>
      <p>
        @if (invitation().emailed) {
          <ng-container i18n
            >Le lien a été envoyé par courriel à {{ email() }}. Vous pouvez
            aussi le lui transmettre vous-même.</ng-container
          >
        } @else {
          <ng-container i18n
            >Aucun courriel n’a été envoyé (l’envoi de courriels n’est pas
            configuré)&nbsp;: transmettez ce lien à {{ email() }} par un moyen
            sûr.</ng-container
          >
        }
        <ng-container i18n
          >Il ne sert qu’une fois et expire le {{ expiry() }}.</ng-container
        >
      </p>
      <div class="fr-input-group fr-mt-2w fr-mb-1w">
        <label class="fr-label" [for]="id" i18n>Lien à transmettre</label>
        <input
          #linkInput
          class="fr-input"
          type="text"
          readonly
          spellcheck="false"
          [id]="id"
          [value]="invitation().link"
          (focus)="selectAll()"
        />
      </div>
      <button
        type="button"
        class="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-clipboard-line"
        (click)="copy()"
        i18n
      >
        Copier le lien
      </button>
      <p class="fr-text--sm fr-mt-1w fr-mb-0" role="status">{{ copied() }}</p>
    </div>
  `,
})
export class InvitationLinkComponent {
  readonly invitation = input.required<InvitationPayload>();
  /** To whom it is: their e-mail address. */
  readonly email = input.required<string>();
  readonly heading = input.required<string>();
  /** The heading level of the title in the page. */
  readonly level = input<2 | 3 | 4>(2);

  protected readonly id = `lien-${++nextId}`;
  protected readonly copied = signal('');
  protected readonly expiry = computed(() =>
    dateTimeText(this.invitation().expiresAt),
  );
  private readonly linkInput =
    viewChild.required<ElementRef<HTMLInputElement>>('linkInput');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');

  /** Puts the focus on the title (the parent calls it once the link is shown). */
  focus(): void {
    this.title().nativeElement.focus();
  }

  protected selectAll(): void {
    this.linkInput().nativeElement.select();
  }

  protected async copy(): Promise<void> {
    const link = this.invitation().link;
    try {
      await navigator.clipboard.writeText(link);
      this.copied.set($localize`Lien copié dans le presse-papiers.`);
    } catch {
      // No clipboard access (an old browser, or permission refused): let the user copy it.
      const input = this.linkInput().nativeElement;
      input.focus();
      input.select();
      this.copied.set(
        $localize`Le lien n’a pas pu être copié automatiquement\u00a0: il est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).`,
      );
    }
  }
}
