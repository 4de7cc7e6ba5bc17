import { Component, signal, type Signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import type { LiveChange } from './live-event';
import { LiveEventsService } from './live-events.service';
import { LIVE_COALESCE_MS, aboutPlan, liveRefresh } from './live-refresh';

@Component({ template: '' })
class HostComponent {
  readonly planId = signal<number | null>(1);
  readonly tick: Signal<number> = liveRefresh(aboutPlan(this.planId));
}

describe('liveRefresh', () => {
  let changes: Subject<LiveChange>;
  let host: HostComponent;

  beforeEach(() => {
    vi.useFakeTimers();
    changes = new Subject<LiveChange>();
    TestBed.configureTestingModule({
      providers: [
        {
          provide: LiveEventsService,
          useValue: { changes: changes.asObservable() },
        },
      ],
    });
    host = TestBed.createComponent(HostComponent).componentInstance;
  });

  afterEach(() => vi.useRealTimers());

  const updated = (planId: number): LiveChange => ({
    type: 'action.updated',
    planId,
    actionId: 4,
  });

  it('is bumped once for a burst of relevant events, after the burst', () => {
    expect(host.tick()).toBe(0);
    changes.next(updated(1));
    changes.next({ type: 'structure.changed', planId: 1, record: 'axis:2' });
    changes.next(updated(1));
    expect(host.tick()).toBe(0);

    vi.advanceTimersByTime(LIVE_COALESCE_MS);
    expect(host.tick()).toBe(1);

    changes.next(updated(1));
    vi.advanceTimersByTime(LIVE_COALESCE_MS);
    expect(host.tick()).toBe(2);
  });

  it('ignores another plan’s events, and every event while the plan is not known', () => {
    changes.next(updated(2));
    vi.advanceTimersByTime(1000);
    expect(host.tick()).toBe(0);

    host.planId.set(null);
    changes.next(updated(1));
    vi.advanceTimersByTime(1000);
    expect(host.tick()).toBe(0);
  });

  it('is bumped by a refetch of everything, whatever the page shows', () => {
    host.planId.set(null);
    changes.next({ type: 'refetch' });
    vi.advanceTimersByTime(LIVE_COALESCE_MS);
    expect(host.tick()).toBe(1);
  });
});
