import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Subject, type Observable } from 'rxjs';
import { loadFrom } from './load-state';

/** A page that loads `/things/:id` again when its id changes, and quietly on each live tick. */
@Component({ template: '' })
class HostComponent {
  readonly id = signal(1);
  readonly tick = signal(0);
  readonly requests: { id: number; answer: Subject<string> }[] = [];
  readonly state = loadFrom(
    this.id,
    (id): Observable<string> => {
      const answer = new Subject<string>();
      this.requests.push({ id, answer });
      return answer;
    },
    this.tick,
  );
}

describe('loadFrom with a refresh', () => {
  let host: HostComponent;
  let fixture: ComponentFixture<HostComponent>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.componentInstance;
    await fixture.whenStable();
  });

  const answerLast = (value: string) => {
    const last = host.requests.at(-1);
    last?.answer.next(value);
    last?.answer.complete();
  };

  it('fetches again on each tick without going back to loading, and keeps the value when a refresh fails', async () => {
    expect(host.state()).toEqual({ status: 'loading' });
    answerLast('v1');
    expect(host.state()).toEqual({ status: 'ready', value: 'v1' });

    host.tick.set(1);
    await fixture.whenStable();
    expect(host.requests).toHaveLength(2);
    // While the refresh is in flight, the page still shows the first value.
    expect(host.state()).toEqual({ status: 'ready', value: 'v1' });
    answerLast('v2');
    expect(host.state()).toEqual({ status: 'ready', value: 'v2' });

    host.tick.set(2);
    await fixture.whenStable();
    host.requests.at(-1)?.answer.error(new Error('503'));
    expect(host.state()).toEqual({ status: 'ready', value: 'v2' });
  });

  it('shows loading, then the error, when the source itself changes', async () => {
    answerLast('v1');
    host.id.set(2);
    await fixture.whenStable();
    expect(host.requests.at(-1)?.id).toBe(2);
    expect(host.state()).toEqual({ status: 'loading' });
    host.requests.at(-1)?.answer.error(new Error('404'));
    expect(host.state()).toMatchObject({ status: 'error' });
  });
});
