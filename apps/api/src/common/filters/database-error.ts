import { QueryFailedError } from 'typeorm';

/** The French answer to an error PostgreSQL raised because of the input, not of a fault of ours. */
export interface DatabaseRefusal {
  statusCode: 400 | 409 | 503;
  message: string;
  fields?: Record<string, string>;
}

const TAKEN = 'Cette valeur est déjà utilisée : elle vient sans doute d’être enregistrée par une autre requête.';

/**
 * What each unique constraint protects, by field. Services check these first with precise
 * messages; the database has the last word when two requests race past that check.
 */
const UNIQUE: Record<string, { field: string; message: string }> = {
  plans_title_key: { field: 'title', message: 'Un projet stratégique porte déjà ce titre.' },
  actions_plan_id_code_key: { field: 'code', message: 'Ce code est déjà celui d’une autre action de ce projet stratégique.' },
  reporting_cycles_plan_id_label_key: { field: 'label', message: 'Libellé déjà utilisé dans ce projet.' },
  reporting_cycles_one_open: { field: 'state', message: 'Une autre campagne de ce projet est déjà ouverte.' },
  users_email_unique: { field: 'email', message: 'Un compte existe déjà avec cette adresse électronique.' },
  axes_plan_id_number_key: { field: 'number', message: 'Un autre axe vient de prendre ce numéro : rechargez puis réessayez.' },
  objectives_axis_id_number_key: { field: 'number', message: 'Un autre objectif vient de prendre ce numéro : rechargez puis réessayez.' },
  measurements_one_per_period: { field: 'period', message: 'Une valeur est déjà enregistrée pour cette période.' },
};

export const DATABASE_UNAVAILABLE = 'La base de données est momentanément indisponible : réessayez dans quelques instants.';

/** Socket errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What pg, pg-pool and TypeORM say when the server went away or cannot be reached in time. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection timeout|not queryable|Connection ended|Client was closed|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether an error means the database cannot be reached (down, restarting, cut connection, pool
 * connect timeout), not that it refused the request: then the answer is a 503, never a 500.
 * PostgreSQL's classes 08 (connection exception) and 57P01–57P03 (shutdown, cannot connect now) count.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
  // A connection lost inside a transaction makes TypeORM release its query runner at once: the
  // transaction's next query, or its COMMIT, then fails with one of the *AlreadyReleased errors.
  if (typeof e.name === 'string' && /CannotConnect|ConnectionIsNotSet|ConnectionNotFound|QueryRunner(Provider)?AlreadyReleased/.test(e.name)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  // TypeORM wraps pg's error (driverError); Node wraps the attempts of each address (AggregateError).
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((cause) => cause !== error && isDatabaseUnavailable(cause, depth + 1));
}

/**
 * Maps an unreachable database to a 503, and PostgreSQL's data (class 22), integrity (class 23)
 * and concurrency (class 40) errors to a French 4xx; anything else is left to be a 500.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  if (isDatabaseUnavailable(error)) return { statusCode: 503, message: DATABASE_UNAVAILABLE };
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; constraint?: string; column?: string } | undefined;
  const code = driver?.code ?? '';
  const fieldOf = (message: string) => (driver?.column ? { [camel(driver.column)]: message } : undefined);
  switch (code) {
    case '23505': {
      const known = UNIQUE[driver?.constraint ?? ''];
      return known ? { statusCode: 409, message: known.message, fields: { [known.field]: known.message } } : { statusCode: 409, message: TAKEN };
    }
    case '23P01':
      return { statusCode: 409, message: 'Ces valeurs en chevauchent d’autres déjà enregistrées.' };
    case '23503':
      return { statusCode: 409, message: 'Un élément lié n’existe pas (ou plus), ou d’autres en dépendent encore.' };
    case '23502':
      return { statusCode: 400, message: 'Une valeur obligatoire manque.', fields: fieldOf('Ce champ est obligatoire.') };
    case '23514':
      return { statusCode: 400, message: 'Une valeur ne respecte pas les règles de Boussole.' };
    case '22003':
      return { statusCode: 400, message: 'Un nombre dépasse les limites admises.' };
    case '40001':
    case '40P01':
      return { statusCode: 409, message: 'Une autre modification est passée en même temps : rechargez puis réessayez.' };
  }
  if (code.startsWith('22') || code.startsWith('23')) return { statusCode: 400, message: 'Valeur invalide pour la base de données.' };
  return null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
