import { AppError } from '../errors/app-error';
import { FileWorkGate } from './file-work-gate';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('FileWorkGate', () => {
  it('makes one file at a time, in the order they came', async () => {
    const gate = new FileWorkGate(1, 8);
    const order: string[] = [];
    const first = deferred();
    const a = gate.run(async () => {
      order.push('a starts');
      await first.promise;
      order.push('a ends');
    });
    const b = gate.run(async () => void order.push('b'));
    const c = gate.run(async () => void order.push('c'));
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['a starts']);
    first.resolve();
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a starts', 'a ends', 'b', 'c']);
  });

  it('passes the turn on when a file fails, and gives its failure to its caller', async () => {
    const gate = new FileWorkGate(1, 8);
    const failed = gate.run(async () => {
      throw new Error('panne');
    });
    const next = gate.run(async () => 'fait');
    await expect(failed).rejects.toThrow('panne');
    await expect(next).resolves.toBe('fait');
  });

  it('refuses at once, with a 429 and a wait in French, beyond the queue it keeps', async () => {
    const gate = new FileWorkGate(1, 2);
    const hold = deferred();
    const running = [gate.run(() => hold.promise), gate.run(async () => undefined), gate.run(async () => undefined)];
    const refused = await gate.run(async () => undefined).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'too_many_requests', details: { retryAfterSeconds: 5 } });
    expect((refused as AppError).message).toBe('D’autres fichiers volumineux sont en préparation : réessayez dans 5 secondes.');
    hold.resolve();
    await Promise.all(running);
    // Once the queue is gone, a file is made again.
    await expect(gate.run(async () => 'encore')).resolves.toBe('encore');
  });
});
