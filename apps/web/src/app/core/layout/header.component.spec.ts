import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../auth/auth.service';
import { HeaderComponent } from './header.component';

@Component({ template: '<h1>Page</h1>' })
class PageStubComponent {}

const person = (role: CurrentUser['role']): CurrentUser => ({
  id: 1,
  email: `${role}@boussole.test`,
  name: 'Camille Martin',
  role,
  unit: null,
  regionCode: null,
});

describe('HeaderComponent: administration and account links', () => {
  async function render(user: CurrentUser, url = '/') {
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
    return fixture.nativeElement as HTMLElement;
  }

  const navigation = (header: HTMLElement) =>
    Array.from(
      header.querySelectorAll('.fr-nav__link'),
      (link) => `${link.textContent?.trim()} ${link.getAttribute('href')}`,
    );

  it('shows "Administration" to an admin, marked as the current page inside it', async () => {
    const header = await render(
      person('admin'),
      '/administration/utilisateurs',
    );

    expect(navigation(header)).toContain('Administration /administration');
    const link = Array.from(header.querySelectorAll('.fr-nav__link')).find(
      (candidate) => candidate.textContent?.trim() === 'Administration',
    );
    expect(link?.getAttribute('aria-current')).toBe('page');
  });

  it.each(['director', 'project_manager', 'ars_liaison', 'viewer'] as const)(
    'hides "Administration" from a %s',
    async (role) => {
      const header = await render(person(role));
      expect(navigation(header).join()).not.toContain('Administration');
    },
  );

  it('gives everyone "Mon compte" among the tools, in the mobile menu too, as real links', async () => {
    const header = await render(person('viewer'), '/mon-compte');

    const links = Array.from(
      header.querySelectorAll<HTMLAnchorElement>('a[href="/mon-compte"]'),
    );
    // Once in the header tools, once in the mobile menu.
    expect(links.length).toBe(2);
    expect(
      links.every((link) => link.textContent?.trim() === 'Mon compte'),
    ).toBe(true);
    expect(links[0].getAttribute('aria-current')).toBe('page');
    expect(
      header.querySelector('.fr-header__tools-links')?.textContent,
    ).toContain('Mon compte');
  });
});
