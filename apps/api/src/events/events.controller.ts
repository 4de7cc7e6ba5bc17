import { Controller, MessageEvent, Req, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/request-user';
import { SessionsService } from '../auth/sessions.service';
import { Allow } from '../common/decorators/access.decorator';
import { BoussoleEvent, EventsService, isDataEvent } from './events.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

/** A comment every 25 s keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;
/** How often, at most, an open stream checks that its session still lives (idle and absolute ends). */
const SESSION_CHECK_MS = 30_000;

export type SessionEndReason = 'signed_out' | 'expired' | 'deactivated';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Only the plan's data events (ids, never contents: a screen reads what it may through the API)
   * and this session's own end, sent just before the stream closes. Other users' session events
   * never leave the server.
   */
  @ApiAnswers({ summary: 'Server-sent events : ce qui change, pour les écrans en direct.', ok: { stream: true } })
  @Allow('read')
  @Sse()
  stream(@Req() request: AuthenticatedRequest): Observable<MessageEvent> {
    // The guard has put the signed-in user on every @Allow route.
    const { sessionId, id: userId } = request.user as NonNullable<AuthenticatedRequest['user']>;
    return new Observable<MessageEvent>((subscriber) => {
      let ended = false;
      let checkTimer: NodeJS.Timeout | null = null;
      const end = (reason: SessionEndReason) => {
        if (ended) return;
        ended = true;
        subscriber.next({ type: 'session.ended', data: { type: 'session.ended', reason } });
        subscriber.complete();
      };
      const check = async () => {
        checkTimer = null;
        if (ended) return;
        try {
          const state = await this.sessions.endOf(sessionId, userId);
          if ('ended' in state) return end(state.ended);
          schedule(state.endsAt.getTime() - Date.now());
        } catch {
          // The database is away: the session is checked again later, the stream stays.
          schedule(SESSION_CHECK_MS);
        }
      };
      const schedule = (inMs: number) => {
        if (ended) return;
        if (checkTimer) clearTimeout(checkTimer);
        checkTimer = setTimeout(() => void check(), Math.max(0, Math.min(inMs + 50, SESSION_CHECK_MS)));
      };
      const onEvent = (event: BoussoleEvent) => {
        if (ended) return;
        if (isDataEvent(event)) subscriber.next({ type: event.type, data: event });
        else if (event.type === 'session.closed' && event.sessionId === sessionId) end('signed_out');
        // Deactivation, password change, or only a new role (the sessions stay): the database says which.
        else if (event.type === 'user.sessions_closed' && event.userId === userId && event.exceptSessionId !== sessionId) schedule(0);
      };
      const subscription = this.events.clientStream().subscribe({
        next: onEvent,
        // The replica drains or stops: the stream ends without a reason, the client reconnects elsewhere.
        complete: () => subscriber.complete(),
        error: () => subscriber.complete(),
      });
      const keepAlive = setInterval(() => subscriber.next({ type: 'ping', data: '' }), KEEP_ALIVE_MS);
      schedule(0);
      return () => {
        ended = true;
        clearInterval(keepAlive);
        if (checkTimer) clearTimeout(checkTimer);
        subscription.unsubscribe();
      };
    });
  }
}
