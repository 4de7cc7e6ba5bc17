import { QueryFailedError } from 'typeorm';

/** The French answer to an error PostgreSQL raised because of the input, not of a fault of ours. */
export interface DatabaseRefusal {
  statusCode: 400 | 409;
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

/**
 * Maps PostgreSQL's data (class 22), integrity (class 23) and concurrency (class 40) errors to a
 * French 4xx; anything else is left to be a 500.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
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
