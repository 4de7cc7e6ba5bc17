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
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}
