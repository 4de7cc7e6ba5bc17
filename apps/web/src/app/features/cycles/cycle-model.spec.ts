import { HttpErrorResponse } from '@angular/common/http';
import type { CyclePayload } from '@boussole/domain';
import { currentCycle, reminderTargets, validationEvents } from './cycle-model';
import { CYCLE, aValidation, theCompleteness } from './testing/cycle-fixtures';
import { withFormFields } from './validation-form-model';

const cycle = (id: number, state: CyclePayload['state']): CyclePayload => ({
  ...CYCLE,
  id,
  state,
});

describe('the cycle page’s rules', () => {
  it.each([
    [
      'the open cycle',
      [cycle(1, 'closed'), cycle(2, 'open'), cycle(3, 'planned')],
      2,
    ],
    [
      'else the latest closed',
      [cycle(1, 'closed'), cycle(2, 'closed'), cycle(3, 'planned')],
      2,
    ],
    ['else the latest planned', [cycle(3, 'planned'), cycle(4, 'planned')], 4],
    ['none without cycles', [], null],
  ])('/campagnes shows %s', (_case, cycles, expected) => {
    expect(currentCycle(cycles)?.id ?? null).toBe(expected);
  });

  it('reminds each owner of a missing action once, with how many, and counts the unowned', () => {
    const [first, second] = theCompleteness().missingActions;
    expect(
      reminderTargets([
        second,
        first,
        { ...first, id: 20, code: '1.1.2' },
        { ...first, id: 21, owner: null },
      ]),
    ).toEqual({
      people: [
        { id: 3, name: 'Paul Financement', actions: 2 },
        { id: 4, name: 'Rita Ressources', actions: 1 },
      ],
      unowned: 1,
    });
  });

  it('lists validations and reopenings newest first', () => {
    const events = validationEvents([
      aValidation({
        id: 1,
        validatedAt: '2026-12-01T08:00:00Z',
        reopened: {
          at: '2026-12-03T08:00:00Z',
          by: { id: 1, name: 'Alice Admin' },
          reason: 'Erreur',
        },
      }),
      aValidation({ id: 2, validatedAt: '2026-12-02T08:00:00Z' }),
    ]);
    expect(events.map((event) => [event.key, event.kind, event.by])).toEqual([
      ['r1', 'reopened', 'Alice Admin'],
      ['v2', 'validated', 'Denis Direction'],
      ['v1', 'validated', 'Denis Direction'],
    ]);
  });

  it('names the API’s justification errors after the form’s fields, by action or by place in the list', () => {
    const sent = {
      justifications: [
        { actionId: 7, text: 'a' },
        { actionId: 8, text: 'b' },
      ],
    };
    const refused = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Refusé.',
        fields: {
          'justifications.7': 'Par action.',
          'justifications.1.text': 'Par place.',
          comment: 'Trop long.',
        },
      },
    });
    const named = withFormFields(refused, sent) as HttpErrorResponse;
    expect(named.status).toBe(400);
    expect(named.error.fields).toEqual({
      'justifications.7': 'Par action.',
      'justifications.8': 'Par place.',
      comment: 'Trop long.',
    });
  });
});
