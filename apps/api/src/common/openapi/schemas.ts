import type { SchemaObject } from '@nestjs/swagger';
import domainSchemas from './domain-schemas.json';

/**
 * The payloads' schemas, generated from libs/domain's types by tools/openapi/domain-schemas.mjs
 * (a spec fails when the committed file is stale): the contract and the code share one description.
 */
export const DOMAIN_SCHEMAS = domainSchemas as unknown as Record<DomainSchemaName, SchemaObject>;

export type DomainSchemaName = keyof typeof domainSchemas;

export const schemaRef = (name: DomainSchemaName | 'Error'): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

/** Every refusal's body, as the one error filter writes it (common/filters/http-error.filter.ts). */
export const ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'Un refus ou une erreur, en français (en anglais si Accept-Language le demande).',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', description: 'Le statut HTTP, répété.', example: 400 },
    error: { type: 'string', description: 'Le nom du statut.', example: 'Requête invalide' },
    message: { type: 'string', description: 'Ce qui ne va pas, en une phrase.', example: 'L’avancement doit être un nombre entre 0 et 100.' },
    fields: {
      type: 'object',
      description: 'Sur un 400 (et un 409 de doublon) : le message de chaque champ refusé, par nom de champ.',
      additionalProperties: { type: 'string' },
      example: { progress: 'L’avancement doit être un nombre entre 0 et 100.' },
    },
  },
};
