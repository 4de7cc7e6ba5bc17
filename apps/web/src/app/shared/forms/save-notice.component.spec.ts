import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SaveNoticeComponent } from './save-notice.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SaveNoticeComponent],
  template: `
    <button type="submit">Enregistrer</button>
    <bsl-save-notice [text]="text()" />
  `,
})
class HostComponent {
  readonly text = signal<string | null>(null);
}

describe('SaveNoticeComponent', () => {
  it('takes the focus each time its text appears, inside a status region that stays', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const status = host.querySelector('[role=status]');
    expect(status?.textContent?.trim()).toBe('');

    fixture.componentInstance.text.set('Mesure enregistrée.');
    await fixture.whenStable();
    const notice = host.querySelector<HTMLElement>('.fr-alert--success');
    expect(notice?.textContent?.trim()).toBe('Mesure enregistrée.');
    expect(notice?.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(notice);
    expect(host.querySelector('[role=status]')).toBe(status);

    // The next submission hides it; the next save shows it and focuses it again.
    host.querySelector('button')?.focus();
    fixture.componentInstance.text.set(null);
    await fixture.whenStable();
    expect(host.querySelector('.fr-alert--success')).toBeNull();
    fixture.componentInstance.text.set('Mesure enregistrée.');
    await fixture.whenStable();
    expect(document.activeElement).toBe(
      host.querySelector('.fr-alert--success'),
    );
    fixture.nativeElement.remove();
  });
});
