export * from './lib/status/status';
export * from './lib/status/status-change';
export * from './lib/roles/role';
export * from './lib/regions/regions';
export * from './lib/units/units';
export * from './lib/api/payloads';
export * from './lib/api/tracking-payloads';
export * from './lib/api/regional-payloads';
export * from './lib/api/admin-payloads';
export * from './lib/api/account-payloads';
export * from './lib/api/cycle-payloads';
export * from './lib/api/audit-payloads';
export * from './lib/accounts/password-rules';
export * from './lib/plans/default-plan';
export * from './lib/plans/axis-lock';
export * from './lib/plans/axis-validation';
export * from './lib/api/snapshot-payloads';
export * from './lib/api/import-payloads';
export * from './lib/api/proconnect-payloads';

export * from './lib/errors/domain-error';
export * from './lib/math/math';
export * from './lib/dates/dates';
export * from './lib/format/format';
export * from './lib/format/quantity';

export * from './lib/permissions/policy';

export * from './lib/rollup/expected-progress';
export * from './lib/rollup/overdue';
export * from './lib/rollup/freshness';
export * from './lib/rollup/health';
export * from './lib/rollup/health-explanation';
export * from './lib/rollup/rollup';

export * from './lib/signals/signal-kind';
export * from './lib/signals/action-signals';
export * from './lib/signals/regional';
export * from './lib/signals/indicator-signals';

export * from './lib/indicators/indicator';
export * from './lib/indicators/achievement';
export * from './lib/indicators/freshness';
export * from './lib/indicators/trajectory';

export * from './lib/i18n/language';
export * from './lib/i18n/french-to-english';
export * from './lib/i18n/domain-english';
