import type { AuditEventPayload } from '@boussole/domain';
import { auditChanges, verbLabel } from './audit-labels';
import { auditRow } from './audit-row';

describe('the audit trail in French', () => {
  it('names the validation of an axis, its justifications and leaves out the bookkeeping', () => {
    expect(verbLabel('axis.validate')).toBe(
      'Validation d’un axe pour la campagne',
    );
    expect(
      auditChanges(null, {
        validationId: 4,
        axisId: 11,
        axisNumber: 1,
        comment: 'RAS',
        justifications: [
          {
            actionId: 5,
            code: '1.2.3',
            title: 'Former',
            text: 'Arrêt maladie',
          },
          { actionId: 6, code: '1.2.4', title: 'Recruter', text: 'Reportée' },
        ],
      }),
    ).toEqual([
      { field: 'Axe', before: null, after: '1' },
      { field: 'Commentaire', before: null, after: 'RAS' },
      {
        field: 'Justifications',
        before: null,
        after: '1.2.3\u00a0: Arrêt maladie\u00a0; 1.2.4\u00a0: Reportée',
      },
    ]);
    // None given: nothing to show rather than an empty list.
    expect(auditChanges(null, { axisNumber: 2, justifications: [] })).toEqual([
      { field: 'Axe', before: null, after: '2' },
    ]);
  });

  it('reads roles, plan and cycle states, comment and reminder kinds, and keeps unknown values as stored', () => {
    expect(auditChanges({ role: 'viewer' }, { role: 'director' })).toEqual([
      { field: 'Rôle', before: 'Lecteur·rice', after: 'Directeur·rice' },
    ]);
    expect(
      auditChanges({ state: 'draft' }, { state: 'active' })[0],
    ).toMatchObject({
      before: 'Brouillon',
      after: 'En cours',
    });
    expect(
      auditChanges({ state: 'open' }, { state: 'closed' })[0],
    ).toMatchObject({
      before: 'Ouverte',
      after: 'Close',
    });
    expect(auditChanges(null, { kind: 'reminder_1d' })[0].after).toBe(
      'Relance la veille de la clôture',
    );
    expect(auditChanges(null, { kind: 'blocker' })[0].after).toBe(
      'Point de blocage',
    );
    expect(auditChanges(null, { kind: 'autre' })[0].after).toBe('autre');
    expect(verbLabel('something.new')).toBe('something.new');
  });

  it('names the record of an event, with its page when it still has one', () => {
    const event = (changes: Partial<AuditEventPayload>): AuditEventPayload => ({
      id: 1,
      createdAt: '2026-10-05T08:30:00Z',
      verb: 'indicator.update',
      entityType: 'indicator',
      entityId: '3',
      actor: null,
      before: null,
      after: null,
      ...changes,
    });
    expect(auditRow(event({})).record).toEqual({
      label: 'Indicateur n°\u00a03',
      link: '/indicateurs/3',
    });
    expect(
      auditRow(event({ verb: 'indicator.delete' })).record.link,
    ).toBeNull();
    expect(
      auditRow(
        event({ verb: 'axis.validate', entityType: 'cycle', entityId: '9' }),
      ).record,
    ).toEqual({ label: 'Campagne de suivi n°\u00a09', link: null });
    expect(
      auditRow(
        event({
          verb: 'auth.login_failed',
          entityType: 'login',
          entityId: 'x@y.fr',
        }),
      ).record.label,
    ).toBe('Connexion « x@y.fr »');
    expect(
      auditRow(event({ entityType: 'deployment', entityId: '7:04' })).record,
    ).toEqual({
      label: 'Déploiement régional\u00a0: action n°\u00a07, La Réunion',
      link: '/actions/7',
    });
    expect(auditRow(event({})).who).toBe('Système');
  });
});
