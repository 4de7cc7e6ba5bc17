import { Global, Injectable, Module } from '@nestjs/common';
import { tooManyRequests } from '../errors/app-error';

/** The large files made at once by one process; the others wait their turn. */
const AT_ONCE = 1;
/** Beyond these many waiting, a request is refused with a wait to try again after. */
const WAITING = 8;
const RETRY_AFTER_SECONDS = 5;

/**
 * The large files (the workbook, the CODIR briefing, an import) made one after the other. Each
 * holds the plan's rows while it is made (the 4× plan's workbook about 100 MB of heap) and the
 * API runs with a bounded heap (`--max-old-space-size`, README "Measuring"): two made at once
 * could pass that bound and end the process for everyone. One at a time, they stay within it,
 * and each is about as fast as alone (they share the same cores anyway). A long queue is refused
 * at once, with a 429 and the seconds to wait, rather than left to wait for minutes.
 */
@Injectable()
export class FileWorkGate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly atOnce = AT_ONCE,
    private readonly waiting = WAITING,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.atOnce) {
      if (this.queue.length >= this.waiting) throw tooManyRequests('D’autres fichiers volumineux sont en préparation', RETRY_AFTER_SECONDS);
      await new Promise<void>((turn) => this.queue.push(turn));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // The turn passes to the next one waiting without the count going down in between.
      const next = this.queue.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

/** One gate for the whole process: the bound it keeps is the process's heap. */
@Global()
@Module({
  providers: [{ provide: FileWorkGate, useFactory: () => new FileWorkGate() }],
  exports: [FileWorkGate],
})
export class FileWorkModule {}
