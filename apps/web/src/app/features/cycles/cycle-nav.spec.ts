import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { HeaderComponent } from '../../core/layout/header.component';
import { USERS } from '../action/testing/action-fixtures';
import { ADMIN, DIRECTOR } from '../admin/testing/admin-fixtures';

@Component({ template: '<h1>Page</h1>' })
class PageStubComponent {}

describe('"Campagne en cours" in the header navigation', () => {
  async function link(user: CurrentUser, url = '/') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: PageStubComponent }]),
        { provide: AuthService, useValue: { user: signal(user).asReadonly() } },
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const fixture = TestBed.createComponent(HeaderComponent);
    await fixture.whenStable();
    await harness.fixture.whenStable();
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('.fr-nav__link'),
    ).find(
      (candidate) => candidate.textContent?.trim() === 'Campagne en cours',
    );
  }

  it.each([
    ['a director', DIRECTOR],
    ['an admin', ADMIN],
  ])('leads %s to the current cycle', async (_who, user) => {
    const found = await link(user);
    expect(found?.getAttribute('href')).toBe('/campagnes');
    expect(found?.getAttribute('aria-current')).toBeNull();
  });

  it('is marked as the current page on a cycle’s page', async () => {
    expect(
      (await link(DIRECTOR, '/campagnes/9'))?.getAttribute('aria-current'),
    ).toBe('page');
  });

  it.each([
    ['a project manager', USERS.pfManager],
    ['a viewer', USERS.viewer],
    ['an ARS liaison', USERS.arsLiaison],
  ])('is not shown to %s', async (_who, user) => {
    expect(await link(user)).toBeUndefined();
  });
});
