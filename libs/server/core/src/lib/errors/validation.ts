import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '@xinzhi/shared-contracts';
import { ProblemException } from './problem';

/** Flattens class-validator errors into `{ field, message, code }` entries with dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, code, message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** The global pipe: strips nothing silently — unknown fields are rejected, types are converted. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => ProblemException.validation(flattenValidationErrors(errors)),
  });
}
