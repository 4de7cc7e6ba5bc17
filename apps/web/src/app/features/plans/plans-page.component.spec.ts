import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { PlansPageComponent } from './plans-page.component';

const person = (role: CurrentUser['role']): CurrentUser => ({
  id: 1,
  email: `${role}@exemple.gouv.fr`,
  name: 'Camille Martin',
  role,
  unit: null,
  regionCode: null,
});

describe('PlansPageComponent: a Boussole with no plan yet', () => {
  async function render(user: CurrentUser): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { user: signal(user).asReadonly() } },
      ],
    });
    const fixture = TestBed.createComponent(PlansPageComponent);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController).expectOne('/api/plans').flush([]);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('points an admin to the administration, where the first plan is made', async () => {
    const page = await render(person('admin'));
    expect(page.textContent).toContain(
      'Aucun projet stratégique n’est encore enregistré.',
    );
    const link = page.querySelector('a.fr-link');
    expect(link?.textContent?.trim()).toBe(
      'Créer le premier projet dans l’administration',
    );
    expect(link?.getAttribute('href')).toBe('/administration');
  });

  it.each(['director', 'project_manager', 'viewer'] as const)(
    'offers no such link to a %s',
    async (role) => {
      const page = await render(person(role));
      expect(page.textContent).toContain(
        'Aucun projet stratégique n’est encore enregistré.',
      );
      expect(page.querySelector('a.fr-link')).toBeNull();
    },
  );
});
