#!/usr/bin/env node
// The `leqi` bin: runs the TypeScript CLI through tsx (as the worker does).
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
await run();
