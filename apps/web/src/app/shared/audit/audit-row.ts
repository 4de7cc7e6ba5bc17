import { REGIONS, type AuditEventPayload } from '@boussole/domain';
import { dateTimeText } from '../../core/i18n/page-format';
import {
  auditChanges,
  entityLabel,
  verbLabel,
  type AuditChange,
} from './audit-labels';

/** One audit event as the panel and the journal show it: when, who, what, which record, the changes. */
export interface AuditRow {
  id: number;
  /** Paris wall-clock time, `05/10/2026 à 10:30`. */
  date: string;
  who: string;
  what: string;
  record: AuditRecordRef;
  changes: AuditChange[];
}

/** The record an event is about, named in the page's language, with the page that shows it when there is one. */
export interface AuditRecordRef {
  label: string;
  link: string | null;
}

/** The pages that show a record, by type (the others have none of their own). */
const RECORD_PAGES: Readonly<Partial<Record<string, (id: string) => string>>> =
  {
    action: (id) => `/actions/${id}`,
    indicator: (id) => `/indicateurs/${id}`,
    user: (id) => `/administration/utilisateurs/${id}`,
    import: (id) => `/administration/imports/${id}`,
  };

export function auditRow(event: AuditEventPayload): AuditRow {
  return {
    id: event.id,
    date: dateTimeText(event.createdAt),
    who: event.actor?.name || $localize`Système`,
    what: verbLabel(event.verb),
    record: recordRef(event),
    changes: auditChanges(event.before, event.after),
  };
}

function recordRef(event: AuditEventPayload): AuditRecordRef {
  const { entityType: type, entityId: id } = event;
  if (type === 'deployment') {
    // Stored as `<actionId>:<region code>`.
    const [actionId, code] = id.split(':');
    const region = REGIONS.find((candidate) => candidate.code === code);
    if (/^\d+$/.test(actionId) && region) {
      return {
        label: $localize`Déploiement régional\u00a0: action n°\u00a0${actionId}:ACTION_ID:, ${region.name}:REGION:`,
        link: `/actions/${actionId}`,
      };
    }
  }
  const numeric = /^\d+$/.test(id);
  const page = RECORD_PAGES[type];
  // A removed record has no page left to show.
  const removed = event.verb.endsWith('.delete');
  return {
    label: numeric
      ? $localize`${entityLabel(type)}:RECORD_TYPE: n°\u00a0${id}:ID:`
      : $localize`${entityLabel(type)}:RECORD_TYPE: « ${id}:ID: »`,
    link: page && numeric && !removed ? page(id) : null,
  };
}
