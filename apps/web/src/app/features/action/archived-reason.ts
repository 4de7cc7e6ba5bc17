import type { ActionDetail } from '@boussole/domain';

/**
 * Why nothing under this action can be written whoever one is (its plan is archived), or null. A
 * validated axis locks only the status updates, so it does not count here.
 */
export function archivedReason(action: ActionDetail): string | null {
  return action.planState === 'archived'
    ? (action.lockedReason ?? $localize`Ce projet stratégique est archivé.`)
    : null;
}
