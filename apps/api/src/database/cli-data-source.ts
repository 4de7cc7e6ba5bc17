import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/**
 * For the TypeORM CLI against a server, e.g.
 * `DATABASE_URL=postgres://… npx typeorm-ts-node-commonjs -d apps/api/src/database/cli-data-source.ts migration:show`.
 */
export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/boussole'));
