import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS, can } from '@boussole/domain';
import { actorOf } from '../../shared/comments/comment-permissions';
import { AuthService } from '../auth/auth.service';
import { concealDsfrModal } from '../dsfr/dsfr';
import { domainText } from '../i18n/domain-text';
import { LanguageSelectorComponent } from '../i18n/language-selector.component';
import { injectCurrentPath } from './current-path';

/** The DSFR header: bloc-marque, service name, the signed-in user and the main navigation. */
@Component({
  selector: 'bsl-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, LanguageSelectorComponent],
  templateUrl: './header.component.html',
})
export class HeaderComponent {
  private readonly auth = inject(AuthService);
  private readonly path = injectCurrentPath();
  private readonly menu = viewChild<ElementRef<HTMLElement>>('menu');

  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    if (!user) {
      return '';
    }
    const role = domainText(ROLE_LABELS[user.role]);
    return user.unit ? `${role} (${user.unit.code})` : role;
  });
  /** The dashboard is the page of a plan (`/tableau-de-bord` redirects there). */
  protected readonly onDashboard = computed(
    () => /^\/plans\/[^/?]+/.test(this.path()) && !this.onActionsList(),
  );
  /** The plan's list of actions (`/actions` redirects there). */
  protected readonly onActionsList = computed(() =>
    /^\/plans\/[^/?]+\/actions(\?|$)/.test(this.path()),
  );

  /** "Mes actions" lists a project manager's actions: only they see it. */
  protected readonly projectManager = computed(
    () => this.user()?.role === 'project_manager',
  );
  protected readonly onMyActions = computed(() =>
    /^\/mes-actions(\?|$)/.test(this.path()),
  );

  /** "Ma région" is an ARS liaison's start page: her region's deployments to report. */
  protected readonly liaison = computed(
    () => this.user()?.role === 'ars_liaison',
  );
  protected readonly onMyRegion = computed(() =>
    /^\/ma-region(\?|$)/.test(this.path()),
  );

  /** The cycle's page, where the direction validates and reminds (DESIGN §4 `axis.validate`). */
  protected readonly cycleReviewer = computed(
    () => can(actorOf(this.user()), 'axis.validate').allowed,
  );
  protected readonly onCycle = computed(() =>
    /^\/campagnes(\/|\?|$)/.test(this.path()),
  );

  protected readonly onRegions = computed(() =>
    /^\/regions(\/|\?|$)/.test(this.path()),
  );
  protected readonly onIndicators = computed(() =>
    /^\/indicateurs(\/|\?|$)/.test(this.path()),
  );

  /** The administration space: only for those who may manage the plan (admins, DESIGN §4). */
  protected readonly administrator = computed(
    () => can(actorOf(this.user()), 'plan.manage').allowed,
  );
  protected readonly onAdministration = computed(() =>
    /^\/administration(\/|\?|$)/.test(this.path()),
  );
  protected readonly onAccount = computed(() =>
    /^\/mon-compte(\/|\?|$)/.test(this.path()),
  );

  constructor() {
    // The mobile menu is a DSFR modal: close it once a link in it has been followed.
    effect(() => {
      this.path();
      concealDsfrModal(this.menu()?.nativeElement);
    });
  }

  protected logout(): void {
    void this.auth.logout();
  }
}
