import { TestBed } from '@angular/core/testing';
import { STATUSES, STATUS_LABELS, type Status } from '@boussole/domain';
import { StatusBadgeComponent } from './status-badge.component';
import { HealthBadgeComponent } from './health-badge.component';

describe('StatusBadgeComponent', () => {
  it.each(STATUSES.map((status) => [status]))(
    'shows the French label of %s',
    async (status: Status) => {
      const fixture = TestBed.createComponent(StatusBadgeComponent);
      fixture.componentRef.setInput('status', status);
      await fixture.whenStable();
      const badge = fixture.nativeElement.querySelector('.fr-badge');
      expect(badge.textContent.trim()).toBe(STATUS_LABELS[status]);
    },
  );

  it('colours late actions as an error and done ones as a success', async () => {
    const fixture = TestBed.createComponent(StatusBadgeComponent);
    fixture.componentRef.setInput('status', 'late');
    await fixture.whenStable();
    const badge = fixture.nativeElement.querySelector('.fr-badge');
    expect(badge.classList).toContain('fr-badge--error');
    fixture.componentRef.setInput('status', 'done');
    await fixture.whenStable();
    expect(badge.classList).toContain('fr-badge--success');
    expect(badge.textContent.trim()).toBe('Terminée');
  });
});

describe('HealthBadgeComponent', () => {
  it('says "Non calculée" without a health, and the masculine label otherwise', async () => {
    const fixture = TestBed.createComponent(HealthBadgeComponent);
    fixture.componentRef.setInput('health', null);
    await fixture.whenStable();
    const badge = fixture.nativeElement.querySelector('.fr-badge');
    expect(badge.textContent.trim()).toBe('Non calculée');
    fixture.componentRef.setInput('health', 'done');
    await fixture.whenStable();
    expect(badge.textContent.trim()).toBe('Terminé');
  });
});
