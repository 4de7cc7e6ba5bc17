import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DisplaySettingsComponent } from './display-settings.component';

/** The DSFR footer (id `pied-de-page`, the target of the last skip link). */
@Component({
  selector: 'bsl-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DisplaySettingsComponent],
  templateUrl: './footer.component.html',
})
export class FooterComponent {
  /** The State's sites that every DSFR footer links to (DSFR 1.14). */
  protected readonly governmentLinks = [
    { label: 'info.gouv.fr', href: 'https://www.info.gouv.fr' },
    {
      label: 'service-public.gouv.fr',
      href: 'https://www.service-public.gouv.fr',
    },
    { label: 'legifrance.gouv.fr', href: 'https://www.legifrance.gouv.fr' },
    { label: 'data.gouv.fr', href: 'https://www.data.gouv.fr' },
  ] as const;

  protected newWindow(site: string): string {
    return $localize`${site}:SITE: - nouvelle fenêtre`;
  }
}
