/** The parts of the app's OpenAPI document that the storm reads (swagger's output, OpenAPI 3.0). */
export interface Schema {
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  format?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  ifMatch: boolean;
  /** `application/json` or `multipart/form-data`, with its schema (refs resolved), or none. */
  body: { mediaType: string; schema: Schema } | null;
}

export function operations(doc: OpenApiDocument): Operation[] {
  // Deep: a DTO's nested DTOs (intermediate targets, attachments) are refs too.
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = doc.components?.schemas?.[name];
      if (!target) throw new Error(`Schéma introuvable : ${schema.$ref}`);
      return resolve(target);
    }
    const properties = schema.properties
      ? Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v)]))
      : undefined;
    return { ...schema, properties, items: schema.items ? resolve(schema.items) : undefined };
  };
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const mediaType = Object.keys(content)[0];
      out.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        ifMatch: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'),
        body: mediaType ? { mediaType, schema: resolve(content[mediaType].schema) } : null,
      });
    }
  }
  return out;
}
