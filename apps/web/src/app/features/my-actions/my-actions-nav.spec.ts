import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { HeaderComponent } from '../../core/layout/header.component';
import { USERS } from '../action/testing/action-fixtures';

describe('"Mes actions" in the header navigation', () => {
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

  it('is shown to a project manager', async () => {
    expect(await navigationOf(USERS.pfManager)).toContain(
      'Mes actions /mes-actions',
    );
  });

  it('is not shown to other roles', async () => {
    expect(await navigationOf(USERS.viewer)).not.toContain(
      'Mes actions /mes-actions',
    );
  });
});
