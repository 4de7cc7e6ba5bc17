export * from './lib/status/status';
export * from './lib/roles/role';
export * from './lib/regions/regions';
export * from './lib/units/units';
export * from './lib/api/payloads';
