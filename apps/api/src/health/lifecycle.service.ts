import { Injectable } from '@nestjs/common';
import { EventsService } from '../events/events.service';

/** Whether this replica is draining (SIGTERM): readiness says so at once, so the proxy sends no more. */
@Injectable()
export class Lifecycle {
  private drainingSince: Date | null = null;

  constructor(private readonly events: EventsService) {}

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Readiness turns 503 and every event stream ends (its client reconnects to another replica). */
  startDraining(): void {
    if (this.drainingSince) return;
    this.drainingSince = new Date();
    this.events.endStreams();
  }
}
