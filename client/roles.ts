/**
 * Who may call the HTTP API and the CLI: the chart's roles (machines/schemas/actor.ts) and the
 * read-only `auditor`. Its own module so that read scoping (scope.ts) and the published schemas
 * (schemas.ts) share it without importing each other.
 */
import { z } from 'zod';
import { Role } from '../machines/schemas/actor.js';

/** a caller's role: `unit`, `usingUnit`, `officer`, `system` or `auditor` */
export const ApiRole = z.enum([...Role.options, 'auditor']);
export type ApiRole = z.infer<typeof ApiRole>;
