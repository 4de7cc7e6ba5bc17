import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { HeaderComponent } from '../../core/layout/header.component';
import { USERS } from '../action/testing/action-fixtures';

describe('"Ma région" in the header navigation', () => {
  async function navigationOf(user: CurrentUser): Promise<string[]> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: { user: signal(user).asReadonly() } },
      ],
    });
    const fixture = TestBed.createComponent(HeaderComponent);
    await fixture.whenStable();
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('.fr-nav__link'),
      (link) => `${link.textContent?.trim()} ${link.getAttribute('href')}`,
    );
  }

  it('is shown to an ARS liaison, with the dashboard still one link away', async () => {
    const links = await navigationOf(USERS.arsLiaison);
    expect(links).toContain('Ma région /ma-region');
    expect(links).toContain('Tableau de bord /tableau-de-bord');
  });

  it.each([USERS.pfManager, USERS.viewer])(
    'is not shown to other roles ($role)',
    async (user) => {
      expect(await navigationOf(user)).not.toContain('Ma région /ma-region');
    },
  );
});
