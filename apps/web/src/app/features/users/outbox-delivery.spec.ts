import type { MailOutboxPayload } from '@boussole/domain';
import { deliveryOf } from './outbox-page.component';

const MESSAGE: MailOutboxPayload = {
  id: 1,
  recipient: 'hugo.rh@sante.gouv.fr',
  subject: 'Boussole : relance de la campagne T4 2026',
  body: 'Bonjour',
  createdAt: '2026-12-01T08:00:00.000Z',
  sentAt: null,
  error: null,
  attempts: 0,
  retryAt: null,
};

describe('the delivery of an e-mail, as the outbox says it', () => {
  it('says when it was sent', () => {
    expect(
      deliveryOf({
        ...MESSAGE,
        sentAt: '2026-12-01T08:00:05.000Z',
        attempts: 1,
      }),
    ).toEqual({
      label: 'Envoyé',
      badge: 'success',
      detail: 'le 01/12/2026 à 09:00',
    });
  });

  it('keeps an e-mail without SMTP as not sent, with nothing more to say', () => {
    expect(deliveryOf(MESSAGE)).toEqual({
      label: 'Non envoyé',
      badge: 'info',
      detail: null,
    });
  });

  it('announces the next attempt after a failure that will be retried', () => {
    expect(
      deliveryOf({
        ...MESSAGE,
        error: '451 Try again later',
        attempts: 1,
        retryAt: '2026-12-01T08:01:00.000Z',
      }),
    ).toEqual({
      label: 'Échec, nouvel essai prévu',
      badge: 'warning',
      detail: '451 Try again later — nouvel essai le 01/12/2026 à 09:01.',
    });
  });

  it('says it gave up, and after how many attempts', () => {
    expect(
      deliveryOf({ ...MESSAGE, error: '550 Unknown user', attempts: 1 }),
    ).toMatchObject({
      label: 'Échec de l’envoi',
      badge: 'error',
      detail: '550 Unknown user — abandonné.',
    });
    expect(
      deliveryOf({ ...MESSAGE, error: 'Connection refused', attempts: 9 })
        .detail,
    ).toBe('Connection refused — abandonné après 9 essais.');
  });
});
