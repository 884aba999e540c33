import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_METADATA } from './access';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ControllerClass = Function;

/** Lists `METHOD /path` of every route handler that declares no access rule (empty = all declared). */
export function findUndeclaredRoutes(controllers: ControllerClass[]): string[] {
  const missing: string[] = [];
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const classRule = Reflect.getMetadata(ACCESS_METADATA, controller);
    const proto = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor') continue;
      const handler = proto[name];
      if (typeof handler !== 'function') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue; // not a route
      if (Reflect.getMetadata(ACCESS_METADATA, handler) === undefined && classRule === undefined) {
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod] ?? 'GET';
        const full = [base, String(path)].filter((part) => part && part !== '/').join('/');
        missing.push(`${method} /${full}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'));
      }
    }
  }
  return missing;
}
