import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { afterFirstScreen } from './after-first-screen';

describe('afterFirstScreen', () => {
  const later = () => new Promise((resolve) => setTimeout(resolve));

  it('stays false while the first screen is not ready, then turns true after a render', async () => {
    const ready = signal(false);
    const below = TestBed.runInInjectionContext(() => afterFirstScreen(ready));
    TestBed.tick();
    await later();
    expect(below()).toBe(false);

    ready.set(true);
    TestBed.tick();
    expect(below()).toBe(false);
    await later();
    expect(below()).toBe(true);
  });

  it('stays true once turned, whatever the first screen does next', async () => {
    const ready = signal(true);
    const below = TestBed.runInInjectionContext(() => afterFirstScreen(ready));
    TestBed.tick();
    await later();
    ready.set(false);
    TestBed.tick();
    expect(below()).toBe(true);
  });
});
