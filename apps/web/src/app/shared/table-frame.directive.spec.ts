import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { required } from '../testing/query';
import { TableFrameDirective } from './table-frame.directive';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  template: `
    <div class="fr-table__container" id="from-caption" bslTableFrame>
      <table>
        <caption>
          {{
            caption()
          }}
        </caption>
      </table>
    </div>
    <div class="fr-table__container" id="named" bslTableFrame="Sessions">
      <table></table>
    </div>
  `,
})
class HostComponent {
  readonly caption = signal('Actions (12)');
}

describe('TableFrameDirective', () => {
  it('names the frame a region after its caption, kept in step, or after its own name', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const frame = required(host.querySelector('#from-caption'), 'the frame');
    expect(frame.getAttribute('role')).toBe('region');
    expect(frame.getAttribute('aria-label')).toBe('Actions (12)');
    expect(host.querySelector('#named')?.getAttribute('aria-label')).toBe(
      'Sessions',
    );
    // Nothing overflows here (no layout): the frame is no tab stop.
    expect(frame.hasAttribute('tabindex')).toBe(false);

    fixture.componentInstance.caption.set('Actions (3)');
    await fixture.whenStable();
    expect(frame.getAttribute('aria-label')).toBe('Actions (3)');
  });

  it('takes the focus while its table is wider than it', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    const frame = (fixture.nativeElement as HTMLElement).querySelector(
      '#from-caption',
    ) as HTMLElement;
    Object.defineProperty(frame, 'scrollWidth', { value: 900 });
    Object.defineProperty(frame, 'clientWidth', { value: 350 });
    await fixture.whenStable();
    expect(frame.getAttribute('tabindex')).toBe('0');
  });
});
