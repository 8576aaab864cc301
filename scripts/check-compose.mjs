// Validates docker-compose.yml without a Docker engine: builds a tiny checker on compose-go
// (the loader and JSON schema `docker compose` itself uses) into .tmp/ and runs it.
// Needs Go; the module comes from the Go module proxy.   node scripts/check-compose.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './temporal-bins.mjs';

const COMPOSE_GO = 'github.com/compose-spec/compose-go/v2@v2.16.2';
const dir = join(PROJECT_ROOT, '.tmp', 'compose-check');
const bin = join(dir, 'check');

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(bin)) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.go'),
    `package main

import (
	"context"
	"fmt"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	opts, err := cli.NewProjectOptions(os.Args[1:], cli.WithOsEnv, cli.WithWorkingDirectory(${JSON.stringify(PROJECT_ROOT)}))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "invalid:", err)
		os.Exit(1)
	}
	fmt.Printf("valid: %s (services: %v)\\n", os.Args[1:], p.ServiceNames())
}
`,
  );
  if (!existsSync(join(dir, 'go.mod'))) run('go', ['mod', 'init', 'composecheck']);
  run('go', ['get', COMPOSE_GO]);
  run('go', ['mod', 'tidy']);
  run('go', ['build', '-o', 'check', '.']);
}
const files = process.argv.slice(2);
const r = spawnSync(bin, files.length ? files : [join(PROJECT_ROOT, 'docker-compose.yml')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
