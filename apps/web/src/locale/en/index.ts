/**
 * The web app's English: `$localize` message id → English text, one file per part of the app so
 * that each is kept beside the others without clashing. `tools/i18n/check-web.mjs` (run by
 * `npm test`) fails when a message has no English here.
 */
import action from './action.json';
import admin from './admin.json';
import core from './core.json';
import cycles from './cycles.json';
import plans from './plans.json';
import shared from './shared.json';

export const ENGLISH: Record<string, string> = {
  ...core,
  ...shared,
  ...plans,
  ...action,
  ...cycles,
  ...admin,
};
