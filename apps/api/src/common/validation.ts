import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { invalid } from './errors/app-error';

/**
 * Bodies and queries are validated against their DTOs; unknown fields are refused. The messages
 * are the French ones written on each DTO; the error names every faulty field.
 */
export function validationPipe(): ValidationPipe {
  return new RawParamsValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const fields: Record<string, string> = {};
      collect(errors, '', fields);
      const first = Object.entries(fields)[0];
      return invalid(first ? first[1] : 'Requête invalide.', fields);
    },
  });
}

function collect(errors: ValidationError[], prefix: string, into: Record<string, string>): void {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length) {
      const [kind, message] = constraints[0];
      into[path] = kind === 'whitelistValidation' ? `Le champ « ${path} » n’est pas attendu.` : message;
    }
    if (error.children?.length) collect(error.children, path, into);
  }
}

/**
 * Route parameters reach their own pipe (ParseIdPipe) as sent: converted to a number first, `abc`
 * would arrive as NaN and the refusal could not say what was sent.
 */
class RawParamsValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Nest's pipe walks a body recursively (stripProtoKeys) and runs out of stack on a few thousand
    // levels of nesting, a 500: no DTO nests deeper than a few levels, so refuse those first.
    if (metadata.type !== 'param' && deeperThan(value, MAX_DEPTH)) {
      throw invalid(`La requête est imbriquée trop profondément (${MAX_DEPTH} niveaux au plus).`);
    }
    return super.transform(value, metadata);
  }

  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

const MAX_DEPTH = 32;

/** Walked without recursion, so that the check itself cannot overflow the stack. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
