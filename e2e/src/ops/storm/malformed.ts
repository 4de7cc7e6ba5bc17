import fc from 'fast-check';
import type { Operation, Schema } from './openapi';

/** Ids read from the API before the storm, so that malformed requests reach the services too. */
export interface RealIds {
  plan: number[];
  axis: number[];
  objective: number[];
  action: number[];
  milestone: number[];
  user: number[];
  cycle: number[];
  comment: number[];
  indicator: number[];
  session: string[];
  region: string[];
  unit: string[];
}

export interface StormRequest {
  method: string;
  /** Path and query, ready to append to the base URL (already percent-encoded where meant). */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** What was wrong with it, for the list of 5xx. */
  faults: string[];
  /** The authorization to use: the role's token, none, or a broken header given in headers. */
  auth: 'token' | 'none' | 'broken';
}

type Pool = keyof RealIds;

/** Which pool of real ids a path parameter takes its values from (by the segment before it). */
function pathPool(path: string, name: string): Pool | null {
  if (name === 'code') return 'region';
  if (name === 'milestoneId') return 'milestone';
  if (name === 'axisId') return 'axis';
  if (name === 'token') return null;
  const before = path.split(`{${name}}`)[0].split('/').filter(Boolean);
  const segment = before[before.length - 1];
  const pools: Record<string, Pool> = {
    plans: 'plan',
    axes: 'axis',
    objectives: 'objective',
    actions: 'action',
    users: 'user',
    cycles: 'cycle',
    comments: 'comment',
    indicators: 'indicator',
    sessions: 'session',
  };
  return pools[segment] ?? null;
}

const QUERY_POOLS: Record<string, Pool> = {
  plan: 'plan',
  axis: 'axis',
  objective: 'objective',
  unit: 'unit',
  owner: 'user',
  region: 'region',
  cycle: 'cycle',
  sinceCycle: 'cycle',
};

/** Values no id parses to: negative, float, text, beyond int4 and int8, traversal, unicode, very long. */
const badSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('-1', '0', '1.5', '1e3', '1e309', 'abc', 'NaN', 'Infinity', '-0', '0x1F', '+1', '%20%31', '1%20', 'null', 'undefined', 'true', '%5B%5D', '%7B%7D', '%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%2F', '%00', '%zz', '%', '%C0%AE', '2147483648', '9223372036854775808', '99999999999999999999999999', "1'%20OR%20'1'='1", '1;SELECT%20pg_sleep(20)', '%3Cscript%3E', '%C3%A9', '%F0%9F%98%80', '%E2%80%AE', '__proto__', 'constructor') },
  { weight: 2, arbitrary: fc.integer({ min: -(2 ** 40), max: -1 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }).map(String) },
  { weight: 1, arbitrary: fc.double().map((n) => encodeURIComponent(String(n))) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 9000 }).map((n) => '7'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 9000 }).map((n) => 'é'.repeat(n)).map(encodeURIComponent) },
);

const badQueryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: badSegment },
  { weight: 1, arbitrary: fc.constantFrom('', '2026-02-30', '2026-13-01', '0000-00-00', '99999-01-01', 'yesterday', 'late,bogus', ',,,', '-dueDate,-dueDate', 'id;drop', '1,2,3', '10000', '-5') },
);

function pick<T>(values: T[]): fc.Arbitrary<T | null> {
  return values.length ? fc.constantFrom(...values) : fc.constant(null);
}

function realValue(ids: RealIds, pool: Pool | null): fc.Arbitrary<string | null> {
  if (!pool) return fc.constant(null);
  return pick<string | number>(ids[pool]).map((v) => (v === null ? null : encodeURIComponent(String(v))));
}

const DATEISH = /date|period|asof|since|on$|at$/i;

const deepArray = fc.integer({ min: 100, max: 20000 }).map((n) => '['.repeat(n) + ']'.repeat(n));
const deepObject = fc.integer({ min: 100, max: 20000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n));
const hugeString = fc.integer({ min: 10000, max: 400000 }).map((n) => 'x'.repeat(n));

/** A value of the right type for a property, or near it (real ids for ids, dates for dates). */
function plausible(name: string, schema: Schema, ids: RealIds): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (/Id$/.test(name) || name === 'version') {
    const pool = ({ objectiveId: 'objective', ownerId: 'user', parentId: 'comment', planId: 'plan', axisId: 'axis' } as Record<string, Pool>)[name];
    return fc.oneof(fc.integer({ min: 1, max: 40 }), pool ? pick<string | number>(ids[pool]) : fc.constant(1));
  }
  if (DATEISH.test(name)) return fc.oneof(fc.constantFrom('2026-01-15', '2026-02-30', '2026-13-01', 'demain', '', '2026-1-1', '0001-01-01', '+275760-09-13'), fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())));
  switch (schema.type) {
    case 'number':
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 150 }), fc.double({ noNaN: true }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? plausible('item', schema.items, ids) : fc.jsonValue(), { maxLength: 3 });
    case 'object':
      if (schema.properties) return fc.record(Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, plausible(k, v, ids)])), { requiredKeys: [] });
      return fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 40 }));
    default:
      return fc.oneof({ weight: 8, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) }, { weight: 1, arbitrary: hugeString }, { weight: 1, arbitrary: fc.constantFrom('<img src=x onerror=alert(1)>', '\u0000', '   ', "'; DROP TABLE users; --") });
  }
}

/** A value of a type the property never takes: what makes a body certainly malformed. */
function wrongTyped(schema: Schema): fc.Arbitrary<unknown> {
  const shapes = fc.oneof(fc.constant([]), fc.constant({}), fc.constant({ $gt: 0 }), fc.array(fc.integer(), { minLength: 1, maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }));
  switch (schema.type) {
    case 'number':
    case 'integer':
      return fc.oneof(fc.constantFrom('1', '1e400', '', ' ', 'NaN', true, false), fc.string({ maxLength: 10 }), shapes);
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'false', 'yes', 0, 1, '1'), shapes);
    case 'array':
      return fc.oneof(fc.constantFrom('[]', 3, true), fc.constant({ length: 1, 0: 'a' }));
    case 'object':
      return fc.constantFrom(true, [[1]], { $gt: 0 }, [{}]);
    default:
      if (schema.enum?.length) return fc.oneof(fc.constantFrom('bogus', 'ON_TRACK', '', ' on_track', 7, true), shapes);
      return fc.oneof(fc.integer(), fc.boolean(), shapes);
  }
}

interface Body {
  text: string | Uint8Array;
  contentType: string | null;
  fault: string;
}

const PROTO_KEYS = ['"__proto__":{"role":"admin","isAdmin":true}', '"constructor":{"prototype":{"role":"admin"}}', '"__proto__":null', '"prototype":{"x":1}'];

function jsonObjectBody(schema: Schema, ids: RealIds): fc.Arbitrary<Body> {
  const props = Object.entries(schema.properties ?? {});
  if (!props.length) return wrongShape;
  return fc
    .record({
      values: fc.record(Object.fromEntries(props.map(([k, v]) => [k, plausible(k, v, ids)])), { requiredKeys: [] }),
      wrong: fc.constantFrom(...props).chain(([k, v]) => wrongTyped(v).map((value) => [k, value] as const)),
      deep: fc.option(fc.oneof(deepArray, deepObject), { freq: 8 }),
      extras: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      proto: fc.option(fc.constantFrom(...PROTO_KEYS), { freq: 3 }),
    })
    .map(({ values, wrong, deep, extras, proto }) => {
      const object: Record<string, unknown> = { ...extras, ...values, [wrong[0]]: wrong[1] };
      let text = JSON.stringify(object);
      if (deep) text = text.replace(/^\{/, `{"${wrong[0]}Deep":${deep},`);
      if (proto) text = text.replace(/^\{/, `{${proto},`);
      text = text.replace(/,\}$/, '}');
      const faults = [`${wrong[0]} de type faux`, deep ? 'imbrication profonde' : '', proto ? 'clé de prototype' : '', Object.keys(extras).length ? 'champs en trop' : ''];
      return { text, contentType: 'application/json', fault: faults.filter(Boolean).join(', ') };
    });
}

const wrongShape: fc.Arbitrary<Body> = fc
  .oneof(
    fc.constantFrom('null', '[]', '[{}]', '0', '-1', '"texte"', 'true', '""', '{}', '[null]'),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
    deepArray,
    deepObject,
    hugeString.map((s) => JSON.stringify(s)),
  )
  .map((text) => ({ text, contentType: 'application/json', fault: 'corps de forme fausse' }));

const malformedJson: fc.Arbitrary<Body> = fc
  .oneof(
    fc.constantFrom('{', '{"a":}', "{'a':1}", '{"a":1,}', 'undefined', 'NaN', '\u0000', '{"a":1}{"b":2}', '\uFEFF{"a":1}', '{"a":"\\u00"}', '{"a":1e999999}', '{"status":"on_track","status":7}', '[1,2', '""""'),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue().map((v) => (JSON.stringify(v) ?? '').slice(0, -1) + '\\'),
  )
  .map((text) => ({ text, contentType: 'application/json', fault: 'JSON mal formé' }));

/** More than the 1 MB that the JSON parser accepts. */
const oversize: fc.Arbitrary<Body> = fc.integer({ min: 1100000, max: 1600000 }).map((n) => ({ text: JSON.stringify({ narrative: 'x'.repeat(n) }), contentType: 'application/json', fault: 'corps trop gros' }));

const badContentType = fc.constantFrom(null, 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'application/json; charset=latin1', 'application/json; charset=utf-32', 'application/json; charset=bogus', 'application/merge-patch+json', 'image/png', ';;;', 'application/json, text/html');

function multipartBody(): fc.Arbitrary<Body> {
  const boundary = '----bsl-storm';
  return fc
    .oneof(
      fc.uint8Array({ maxLength: 3000 }).map((bytes) => {
        const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`);
        const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
        return { text: new Uint8Array([...head, ...bytes, ...tail]), contentType: `multipart/form-data; boundary=${boundary}`, fault: 'classeur illisible' };
      }),
      fc.constantFrom(
        { text: `--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc`, contentType: `multipart/form-data; boundary=${boundary}`, fault: 'multipart tronqué' },
        { text: 'abc', contentType: 'multipart/form-data', fault: 'multipart sans boundary' },
        { text: `--${boundary}\r\nContent-Disposition: form-data; name="other"\r\n\r\nabc\r\n--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}`, fault: 'multipart sans fichier' },
        { text: '{"file":"x"}', contentType: 'application/json', fault: 'JSON au lieu de multipart' },
      ),
      fc.string({ maxLength: 200 }).map((text) => ({ text, contentType: `multipart/form-data; boundary=${boundary}`, fault: 'multipart aléatoire' })),
    );
}

function bodyFor(op: Operation, ids: RealIds): fc.Arbitrary<Body | null> {
  if (!op.body) {
    // A body where none is expected (never on a GET: fetch forbids it).
    if (op.method === 'GET') return fc.constant(null);
    return fc.option(wrongShape, { freq: 4 });
  }
  if (op.body.mediaType.startsWith('multipart/')) return multipartBody();
  const main = fc.oneof(
    { weight: 12, arbitrary: jsonObjectBody(op.body.schema, ids) },
    { weight: 4, arbitrary: wrongShape },
    { weight: 3, arbitrary: malformedJson },
    { weight: 3, arbitrary: jsonObjectBody(op.body.schema, ids).chain((b) => badContentType.map((contentType) => ({ ...b, contentType, fault: `${b.fault}, content-type ${contentType ?? 'absent'}` }))) },
    { weight: 1, arbitrary: oversize },
  );
  return main;
}

const brokenAuth = fc.constantFrom('Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', 'Bearer null', 'Bearer ../../etc', `Bearer ${'a'.repeat(5000)}`, 'bearer  x y z', 'Token abc');
const badIfMatch = fc.oneof(fc.constantFrom('', 'abc', '-1', '1.5', 'W/"x"', '"', '*', '99999999999999999999', '1, 2', 'W/', '""', '0', ' 3 ', 'W/"2147483648"'), fc.integer({ min: 1000, max: 9000 }).map((n) => '9'.repeat(n)));
const badRequestId = fc.constantFrom('a'.repeat(200), '../../x', 'id with spaces', '<script>', '', '\t');

/** One malformed request for an operation: at least one part is wrong, real ids elsewhere. */
export function requestFor(op: Operation, ids: RealIds): fc.Arbitrary<StormRequest> {
  const pathParts = op.pathParams.map((name) => fc.oneof(realValue(ids, pathPool(op.path, name)), badSegment.map((v) => v as string | null)).map((v) => [name, v] as const));
  const queryParts = op.queryParams.map((name) =>
    fc.oneof(
      fc.constant(null),
      realValue(ids, QUERY_POOLS[name] ?? null).map((v) => (v === null ? null : `${name}=${v}`)),
      badQueryValue.map((v) => `${name}=${v}`),
      fc.tuple(badQueryValue, badQueryValue).map(([a, b]) => `${name}=${a}&${name}=${b}`),
      badQueryValue.map((v) => `${name}[$gt]=${v}`),
      fc.constant(`${name}[]=1&${name}[a][b]=2`),
    ),
  );
  const extraQuery = fc.option(fc.constantFrom('__proto__[x]=1', 'constructor[prototype][x]=1', 'page=-1&pageSize=100000', '%zz=1', '=', '&&&', 'x='.concat('y'.repeat(6000))), { freq: 5 });
  return fc
    .record({
      path: fc.tuple(...pathParts),
      query: fc.tuple(...queryParts),
      extraQuery,
      body: bodyFor(op, ids),
      ifMatch: op.ifMatch ? fc.option(badIfMatch, { freq: 2 }) : fc.constant(null),
      auth: fc.oneof({ weight: 10, arbitrary: fc.constant<null | string>(null) }, { weight: 1, arbitrary: brokenAuth }),
      requestId: fc.option(badRequestId, { freq: 10 }),
      forceBadPath: fc.nat(),
    })
    .map(({ path, query, extraQuery, body, ifMatch, auth, requestId, forceBadPath }) => {
      const faults: string[] = [];
      const values = path.map(([name, v]) => [name, v] as [string, string | null]);
      // A write without a body to spoil spoils its path, so that no real record is deleted or sent.
      if (op.method !== 'GET' && !op.body && values.length && values.every(([, v]) => v !== null && /^[0-9a-z]+$/i.test(v))) {
        values[forceBadPath % values.length][1] = null;
      }
      let url = op.path;
      for (const [name, v] of values) {
        const value = v ?? '-1';
        if (v === null || !/^[0-9A-Za-z]+$/.test(v) || !isReal(ids, v)) faults.push(`${name} = ${value.slice(0, 40)}`);
        url = url.replace(`{${name}}`, value);
      }
      const params = [...query.filter((q): q is string => q !== null), ...(extraQuery ? [extraQuery] : [])];
      if (params.length) {
        url += `?${params.join('&')}`;
        faults.push(`query ${params.join('&').slice(0, 80)}`);
      }
      const headers: Record<string, string> = {};
      if (body) {
        if (body.contentType) headers['content-type'] = body.contentType;
        faults.push(body.fault);
      }
      if (ifMatch !== null) {
        headers['if-match'] = ifMatch;
        faults.push(`If-Match ${ifMatch.slice(0, 20)}`);
      }
      if (auth) {
        headers['authorization'] = auth;
        faults.push('authorization cassée');
      }
      if (requestId !== null) headers['x-request-id'] = requestId;
      return { method: op.method, url, headers, body: body?.text, faults, auth: auth ? 'broken' : 'token' } satisfies StormRequest;
    });
}

function isReal(ids: RealIds, value: string): boolean {
  return Object.values(ids).some((pool: Array<string | number>) => pool.some((v) => String(v) === value));
}
