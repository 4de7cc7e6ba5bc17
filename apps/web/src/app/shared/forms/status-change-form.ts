import {
  STATUS_LABELS,
  statusChangeErrors,
  type Status,
  type StatusChangeSubject,
} from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';
import type { FieldErrors } from './field-errors';
import { PROGRESS_INVALID, parseProgress } from './progress-field.component';

/**
 * The checks the status update form and the deployment form share: a météo chosen, a progress
 * typed as a whole number 0..100, then the domain's status-change rules (the API's own words).
 */

/** What both forms hold for a change of météo: the progress as typed. */
export interface StatusChangeFormValue {
  status: Status | null;
  progress: string;
  narrative: string;
}

export type StatusChangeFormField = 'status' | 'progress' | 'narrative';

export function statusChangeFormErrors(
  value: StatusChangeFormValue,
  previous: Status,
  subject: StatusChangeSubject,
  statusRequired: string,
): FieldErrors<StatusChangeFormField> {
  const progress = parseProgress(value.progress);
  const typing: FieldErrors<StatusChangeFormField> = {};
  if (value.status === null) typing.status = statusRequired;
  if (progress === null) typing.progress = PROGRESS_INVALID;
  const rules =
    value.status === null
      ? {}
      : statusChangeErrors(
          {
            previous,
            status: value.status,
            // NaN is never 100: "terminée" with a wrong progress stays refused.
            progress: progress ?? Number.NaN,
            narrative: value.narrative,
          },
          subject,
        );
  // A wrongly typed progress is said before what the rules say about it.
  return { ...rules, ...typing };
}

/** The hint of the narrative field: whether it is required, and why. */
export function narrativeHint(
  worse: boolean,
  current: Status,
  otherwise: string,
): string {
  return worse
    ? $localize`Obligatoire : la météo choisie est moins bonne que « ${domainText(STATUS_LABELS[current])}:STATUS: ». Expliquez pourquoi.`
    : otherwise;
}
