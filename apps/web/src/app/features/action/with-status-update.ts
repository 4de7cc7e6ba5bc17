import type { ActionDetail, StatusUpdateResponse } from '@boussole/domain';

/**
 * The action's detail once a status update is saved: the API answers only what the update changed
 * (status, progress, version, signals…) and the update itself, the rest is the detail already shown.
 */
export function withStatusUpdate(
  detail: ActionDetail,
  response: StatusUpdateResponse,
): ActionDetail {
  return { ...detail, ...response.action, latestUpdate: response.update };
}
