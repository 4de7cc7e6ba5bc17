import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LoadBlockComponent } from './load-block.component';

@Component({
  imports: [LoadBlockComponent],
  template: `
    <bsl-load-block
      [error]="error()"
      [compact]="compact()"
      failure="L’axe n’a pas pu être affiché"
      loading="Chargement de l’axe…"
    >
      <p class="retour">Revenir au tableau de bord</p>
    </bsl-load-block>
  `,
})
class HostComponent {
  readonly error = signal<string | null>(null);
  readonly compact = signal(false);
}

describe('LoadBlockComponent', () => {
  it('says it is loading, then shows the failure with its way back', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('[role=status]')?.textContent?.trim()).toBe(
      'Chargement de l’axe…',
    );
    expect(host.querySelector('.retour')).toBeNull();

    fixture.componentInstance.error.set('Le service est injoignable.');
    await fixture.whenStable();
    const alert = host.querySelector('.fr-alert--error[role=alert]');
    expect(alert?.querySelector('h2')?.textContent?.trim()).toBe(
      'L’axe n’a pas pu être affiché',
    );
    expect(alert?.querySelector('p')?.textContent?.trim()).toBe(
      'Le service est injoignable.',
    );
    expect(host.querySelector('.retour')).not.toBeNull();
    expect(host.querySelector('[role=status]')).toBeNull();

    fixture.componentInstance.compact.set(true);
    await fixture.whenStable();
    expect(
      host.querySelector('.fr-alert--sm[role=alert]')?.textContent?.trim(),
    ).toBe('L’axe n’a pas pu être affiché Le service est injoignable.');
  });
});
