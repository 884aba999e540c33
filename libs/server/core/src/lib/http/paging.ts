import { ProblemException } from '../errors/problem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cursors are the last row's UUIDv7 id (time-ordered), wrapped so clients treat them as opaque. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!UUID.test(id))
    throw ProblemException.validation([{ field: 'cursor', code: 'cursor', message: 'cursor is not a cursor this API gave out' }]);
  return id;
}
