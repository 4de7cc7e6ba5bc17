// The JSON Schemas of the payloads the API answers, generated from the TypeScript types of
// libs/domain so that the OpenAPI document and the code cannot describe them twice by hand.
// `node tools/openapi/domain-schemas.mjs` rewrites the committed file; with `--check` it only says
// whether the file is up to date (exit 1 if not), as a spec asks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DOMAIN_SCHEMAS_FILE = resolve(root, 'apps/api/src/common/openapi/domain-schemas.json');

/** The answers' types, by their DESIGN §5 names; what they refer to comes with them. */
export const ANSWER_TYPES = [
  'AccountLinkPayload',
  'ActionDeployments',
  'ActionDetail',
  'ActionListItem',
  'AuditEventPayload',
  'AxisPayload',
  'AxisValidationPayload',
  'CommentPayload',
  'CurrentUser',
  'CycleCompleteness',
  'CyclePayload',
  'CycleSnapshot',
  'CycleValidations',
  'DeploymentHistory',
  'DeploymentPayload',
  'HealthResponse',
  'ImportReport',
  'IndicatorDetail',
  'IndicatorListItem',
  'InvitationPayload',
  'LoginResponse',
  'LogoutResponse',
  'MailOutboxPayload',
  'MeasurementPayload',
  'MilestonePayload',
  'ObjectivePayload',
  'PasswordResetResponse',
  'PlanChanges',
  'PlanDetail',
  'PlanProgressHistory',
  'PlanRollup',
  'PlanSignals',
  'PlanSummary',
  'ReadinessResponse',
  'RegionPayload',
  'RegionRollup',
  'RegionSummary',
  'ReminderCooldown',
  'RemindersSent',
  'RollupExplainPage',
  'SessionPayload',
  'StatusUpdatePayload',
  'StatusUpdateResponse',
  'UnitPayload',
  'UserCreateResponse',
  'UserPayload',
];

/** The schemas as OpenAPI's components.schemas: one per named type, refs to `#/components/schemas/`. */
export function generateDomainSchemas() {
  const generator = createGenerator({
    path: resolve(root, 'libs/domain/src/index.ts'),
    tsconfig: resolve(root, 'libs/domain/tsconfig.lib.json'),
    expose: 'export',
    topRef: false,
    // The types' own comments become the schemas' descriptions.
    jsDoc: 'extended',
    additionalProperties: true,
    skipTypeCheck: true,
  });
  const schemas = {};
  for (const type of ANSWER_TYPES) {
    const { definitions = {}, $schema, ...own } = generator.createSchema(type);
    void $schema;
    Object.assign(schemas, definitions, { [type]: own });
  }
  const converted = Object.fromEntries(Object.keys(schemas).sort().map((name) => [name, toOpenApi30(schemas[name])]));
  typeNullableRefs(converted, converted);
  return JSON.parse(JSON.stringify(converted).replaceAll('"#/definitions/', '"#/components/schemas/'));
}

/** OpenAPI 3.0.3 wants a `type` beside `nullable`: a nullable `$ref` gets the type of what it names. */
function typeNullableRefs(node, schemas) {
  if (Array.isArray(node)) return node.forEach((item) => typeNullableRefs(item, schemas));
  if (!node || typeof node !== 'object') return;
  if (node.nullable && !node.type && node.allOf?.length === 1) node.type = typeOf(node.allOf[0], schemas);
  Object.values(node).forEach((value) => typeNullableRefs(value, schemas));
}

function typeOf(schema, schemas) {
  if (schema.type) return schema.type;
  if (schema.$ref) return typeOf(schemas[schema.$ref.replace('#/definitions/', '')], schemas);
  if (schema.enum && schema.enum.every((value) => typeof value === 'string')) return 'string';
  throw new Error(`Pas de type pour un $ref nullable : ${JSON.stringify(schema)}`);
}

/**
 * The generator writes JSON Schema draft 7; the document Nest builds is OpenAPI 3.0, whose schemas
 * say `nullable` instead of a `null` type, `enum` instead of `const`, and ignore a `$ref`'s siblings.
 */
function toOpenApi30(schema) {
  if (Array.isArray(schema)) return schema.map(toOpenApi30);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'properties' ? mapValues(value, toOpenApi30) : toOpenApi30(value)]));
  if (Array.isArray(out.type) && out.type.includes('null')) {
    const types = out.type.filter((type) => type !== 'null');
    out.type = types.length === 1 ? types[0] : types;
    out.nullable = true;
  }
  if ('const' in out) {
    out.enum = [out.const];
    delete out.const;
  }
  if (Array.isArray(out.anyOf) && out.anyOf.some((s) => s.type === 'null')) {
    const rest = out.anyOf.filter((s) => s.type !== 'null');
    delete out.anyOf;
    if (rest.length === 1 && !rest[0].$ref) Object.assign(out, rest[0]);
    else if (rest.length === 1) out.allOf = rest;
    else out.anyOf = rest;
    out.nullable = true;
  }
  if (out.$ref && Object.keys(out).length > 1) {
    const { $ref, ...siblings } = out;
    return { allOf: [{ $ref }], ...siblings };
  }
  return out;
}

function mapValues(object, f) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, f(value)]));
}

export function domainSchemasText() {
  return `${JSON.stringify(generateDomainSchemas(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = domainSchemasText();
  if (process.argv.includes('--check')) {
    if (readFileSync(DOMAIN_SCHEMAS_FILE, 'utf8') !== text) {
      console.error(`${DOMAIN_SCHEMAS_FILE} n’est plus à jour des types de libs/domain : lancez node tools/openapi/domain-schemas.mjs.`);
      process.exit(1);
    }
  } else {
    writeFileSync(DOMAIN_SCHEMAS_FILE, text);
    console.log(`${DOMAIN_SCHEMAS_FILE} : ${Object.keys(JSON.parse(text)).length} schémas.`);
  }
}
