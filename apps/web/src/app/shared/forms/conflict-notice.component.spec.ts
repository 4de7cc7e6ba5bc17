import { TestBed } from '@angular/core/testing';
import { query } from '../../testing/query';
import { ConflictNoticeComponent } from './conflict-notice.component';
import { FormAlertsComponent } from './form-alerts.component';

describe('ConflictNoticeComponent', () => {
  it('compares the saved version with the user’s, takes the focus, and offers to reload', async () => {
    const fixture = TestBed.createComponent(ConflictNoticeComponent);
    const ref = fixture.componentRef;
    ref.setInput('heading', 'Cet axe a été modifié entre-temps');
    ref.setInput('titleId', 'axe-conflit-titre');
    ref.setInput('level', 4);
    ref.setInput('who', 'Paul Martin l’a modifié le 24/11/2026 à 14:05.');
    ref.setInput('rows', [
      { label: 'Titre', current: 'Accès aux soins', attempted: 'Accès' },
    ]);
    ref.setInput('reloadLabel', 'Recharger l’axe');
    let reloaded = 0;
    fixture.componentInstance.reload.subscribe(() => reloaded++);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    document.body.append(host);

    const title = query(host, '#axe-conflit-titre');
    expect(title.getAttribute('role')).toBe('heading');
    expect(title.getAttribute('aria-level')).toBe('4');
    const text = host.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Paul Martin l’a modifié le 24/11/2026 à 14:05.');
    expect(text).toContain('Votre saisie n’a pas été enregistrée.');
    const columns = Array.from(host.querySelectorAll('ul')).map((list) =>
      list.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(columns).toEqual(['Titre : Accès aux soins', 'Titre : Accès']);
    query<HTMLButtonElement>(host, 'button').click();
    expect(reloaded).toBe(1);
    host.remove();
  });
});

describe('FormAlertsComponent', () => {
  it('announces success and information as a status, and errors as an alert', async () => {
    const fixture = TestBed.createComponent(FormAlertsComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('.fr-alert')).toBeNull();

    fixture.componentRef.setInput('success', 'Axe enregistré.');
    fixture.componentRef.setInput('error', 'Le titre est déjà pris.');
    await fixture.whenStable();
    expect(
      query(host, '[role=status] .fr-alert--success').textContent?.trim(),
    ).toBe('Axe enregistré.');
    expect(query(host, '.fr-alert--error').getAttribute('role')).toBe('alert');
    expect(host.querySelector('.fr-alert--info')).toBeNull();
  });
});
