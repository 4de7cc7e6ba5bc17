import { TestBed } from '@angular/core/testing';
import { ProgressBarComponent } from './progress-bar.component';

async function render(value: number | null, expected: number | null = null) {
  const fixture = TestBed.createComponent(ProgressBarComponent);
  fixture.componentRef.setInput('value', value);
  fixture.componentRef.setInput('expected', expected);
  fixture.componentRef.setInput('label', 'Avancement de l’axe 1');
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  return {
    bar: host.querySelector('[role="progressbar"]') as HTMLElement,
    text: host.textContent?.replace(/[\t\n\r ]+/g, ' ').trim() ?? '',
  };
}

describe('ProgressBarComponent', () => {
  it('says "Non calculé" and has no value when the progress is null', async () => {
    const { bar, text } = await render(null);
    expect(text).toBe('Non calculé');
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(bar.getAttribute('aria-valuetext')).toBe('Non calculé');
    expect(bar.getAttribute('aria-label')).toBe('Avancement de l’axe 1');
  });

  it('writes the progress and the expected progress in French', async () => {
    const { bar, text } = await render(42, 55.5);
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(text).toBe('42\u00a0% (attendu 55,5\u00a0%)');
    expect(bar.getAttribute('aria-valuetext')).toBe(
      '42\u00a0%, attendu 55,5\u00a0%',
    );
  });
});
