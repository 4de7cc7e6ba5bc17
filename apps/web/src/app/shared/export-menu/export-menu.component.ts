import { HttpParams } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { IsoDate } from '@boussole/domain';
import { FileDownload } from './file-download';

/** The files of a plan the API makes (DESIGN §5, exports). */
export type ExportKind = 'xlsx' | 'csv' | 'deployments' | 'briefing';

interface ExportChoice {
  kind: ExportKind;
  label: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { kind: 'xlsx', label: $localize`Tableur (.xlsx)` },
  { kind: 'csv', label: $localize`Actions (.csv)` },
  { kind: 'deployments', label: $localize`Déploiements (.csv)` },
  { kind: 'briefing', label: $localize`Note CODIR (.pdf)` },
];

let nextMenuId = 0;

/**
 * "Exporter": a disclosure button and its list of files (the DSFR translate pattern); Escape
 * closes it and gives the focus back to the button. The file is fetched as a blob, the page says
 * so while it is prepared, and a refusal shows the API's message.
 */
@Component({
  selector: 'bsl-export-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(keydown.escape)': 'close(true)',
    '(focusout)': 'leave($event)',
  },
  template: `
    <div class="bsl-export">
      <button
        #toggle
        type="button"
        class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-download-line fr-btn--icon-left"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="menuId"
        [attr.aria-disabled]="busy() ? 'true' : null"
        [attr.aria-busy]="busy() ? 'true' : null"
        (click)="toggleMenu()"
        i18n
      >
        Exporter
      </button>
      <div class="bsl-export__menu" [id]="menuId" [hidden]="!open()">
        <ul class="fr-raw-list">
          @for (choice of choices; track choice.kind) {
            <li>
              <button
                type="button"
                class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm bsl-export__item"
                (click)="download(choice)"
              >
                {{ choice.label }}
              </button>
            </li>
          }
        </ul>
      </div>
    </div>
    <p role="status" class="fr-text--sm fr-mb-0 bsl-export__status">
      @if (busy()) {
        <ng-container i18n>Préparation du fichier…</ng-container>
      }
    </p>
    @if (error(); as message) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-1w" role="alert">
        <p>{{ message }}</p>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bsl-export {
      position: relative;
      display: inline-block;
    }
    .bsl-export__menu {
      position: absolute;
      z-index: 1000;
      top: 100%;
      left: 0;
      min-width: 14rem;
      padding: 0.25rem 0;
      background-color: var(--background-overlap-grey);
      box-shadow: 0 6px 18px 0 rgba(0, 0, 18, 0.16);
    }
    /* Busy, the button keeps its focus (aria-disabled, not disabled) but looks as DSFR's disabled one. */
    .bsl-export .fr-btn[aria-disabled='true'] {
      color: var(--text-disabled-grey);
      box-shadow: inset 0 0 0 1px var(--border-disabled-grey);
      cursor: progress;
    }
    .bsl-export__item {
      width: 100%;
      justify-content: flex-start;
    }
  `,
})
export class ExportMenuComponent {
  readonly planId = input.required<number | string>();
  /** The date the figures on screen are as of (null: today). */
  readonly asOf = input<IsoDate | null>(null);
  /** The reporting cycle whose frozen state to export (wins over `asOf`). */
  readonly cycle = input<number | null>(null);

  private readonly files = inject(FileDownload);
  private readonly toggle =
    viewChild.required<ElementRef<HTMLButtonElement>>('toggle');

  protected readonly menuId = `bsl-export-${++nextMenuId}`;
  protected readonly choices = EXPORT_CHOICES;
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  private readonly params = computed(() => {
    const cycle = this.cycle();
    const asOf = this.asOf();
    if (cycle !== null) return new HttpParams().set('cycle', cycle);
    return asOf ? new HttpParams().set('asOf', asOf) : undefined;
  });

  protected toggleMenu(): void {
    if (this.busy()) return;
    this.open.update((open) => !open);
  }

  /** Closes the list; with `refocus`, the focus goes back to the button (Escape, a choice). */
  protected close(refocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (refocus) this.toggle().nativeElement.focus();
  }

  /** The focus left the button and its list (Tab past the end, a click elsewhere): it closes. */
  protected leave(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    const within = (event.currentTarget as HTMLElement).contains(next);
    if (!within) this.close(false);
  }

  protected download(choice: ExportChoice): void {
    void this.run(choice);
  }

  private async run(choice: ExportChoice): Promise<void> {
    this.close(true);
    this.busy.set(true);
    this.error.set(null);
    const { url, params, name } = this.target(choice.kind);
    try {
      await this.files.fetch(url, params, name);
    } catch (error: unknown) {
      this.error.set(
        error instanceof Error
          ? error.message
          : $localize`Le fichier n’a pas pu être préparé.`,
      );
    } finally {
      this.busy.set(false);
    }
  }

  private target(kind: ExportKind): {
    url: string;
    params: HttpParams | undefined;
    name: string;
  } {
    const id = encodeURIComponent(String(this.planId()));
    const base = `/api/exports/plans/${id}`;
    switch (kind) {
      case 'xlsx':
        return {
          url: `${base}.xlsx`,
          params: this.params(),
          name: `boussole-projet-${id}.xlsx`,
        };
      case 'csv':
        return {
          url: `${base}.csv`,
          params: this.params(),
          name: `boussole-actions-${id}.csv`,
        };
      case 'deployments':
        return {
          url: `${base}/deployments.csv`,
          params: undefined,
          name: `boussole-deploiements-${id}.csv`,
        };
      case 'briefing':
        return {
          url: `${base}/briefing.pdf`,
          params: this.params(),
          name: `boussole-note-codir-${id}.pdf`,
        };
    }
  }
}
