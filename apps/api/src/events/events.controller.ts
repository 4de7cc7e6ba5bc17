import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { filter, interval, map, merge, Observable } from 'rxjs';
import { Allow } from '../common/decorators/access.decorator';
import { EventsService, isDataEvent } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Allow('read')
  @Sse()
  @ApiOperation({ summary: 'Server-sent events : ce qui change, pour les écrans en direct.' })
  stream(): Observable<MessageEvent> {
    // A comment every 25 s keeps proxies from closing an idle stream.
    const keepAlive = interval(25000).pipe(map((): MessageEvent => ({ type: 'ping', data: '' })));
    return merge(
      this.events.stream().pipe(filter(isDataEvent), map((event): MessageEvent => ({ type: event.type, data: event }))),
      keepAlive,
    );
  }
}
