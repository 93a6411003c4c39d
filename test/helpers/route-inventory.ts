import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IS_PUBLIC } from '../../src/platform/identity/public.decorator.js';
import { REQUIRED_ROLES } from '../../src/platform/identity/roles.decorator.js';

export interface Route {
  method: string;
  path: string;
  isPublic: boolean;
  roles: string[] | undefined;
  name: string;
}

/** Every route Nest serves, read from the router metadata of each discovered controller. */
export function routeInventory(app: NestExpressApplication): Route[] {
  const discovery = app.get(DiscoveryService, { strict: false });
  const scanner = app.get(MetadataScanner, { strict: false });
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!type) continue;
    const base = [Reflect.getMetadata(PATH_METADATA, type) as string | string[]].flat()[0] ?? '';
    const classPublic = Reflect.getMetadata(IS_PUBLIC, type) === true;
    const classRoles = Reflect.getMetadata(REQUIRED_ROLES, type) as string[] | undefined;
    const prototype = type.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      for (const sub of [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat()) {
        const path = `/${[base, sub].map((p) => String(p ?? '').replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
        routes.push({
          method: RequestMethod[method],
          path,
          isPublic: classPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true,
          roles: (Reflect.getMetadata(REQUIRED_ROLES, handler) as string[] | undefined) ?? classRoles,
          name: `${type.name}.${name}`,
        });
      }
    }
  }
  return routes;
}

export const paramsOf = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
export const fillParams = (path: string, values: Record<string, string>): string => path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? `missing-${name}`);
