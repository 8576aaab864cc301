/**
 * `npm run demo`: the newcomer's tour against a running `npm start`. Submits the example
 * application (examples/application.json), approves it as an officer, opens a risk warning and
 * prints the state summary; the notices land in the mail catcher (http://localhost:1080, LEQI_MAIL_WEB_PORT).
 *
 * A unit can apply once per lifetime, so the demo re-addresses the example to a fresh USCC each
 * run unless LEQI_DEMO_USCC is set.
 */
import { readFileSync } from 'node:fs';
import { usccWithCheck } from '../machines/uscc.js';
import { LeqiClient } from './client.js';
import { loadEnv, temporalConnection } from '../config/env.js';

const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' } as const;
const unit = { role: 'unit', id: 'unit-admin' } as const;

function demoUscc(): string {
  const stamp = String(Date.now() % 1_000_000).padStart(6, '0');
  return process.env.LEQI_DEMO_USCC ?? usccWithCheck(`91510100MA${stamp}D`);
}

async function main(): Promise<void> {
  const env = loadEnv();
  const client = await LeqiClient.connect(temporalConnection(env, (path) => readFileSync(path)));
  const example = readFileSync(new URL('../examples/application.json', import.meta.url), 'utf8');
  const uscc = demoUscc();
  const submission = JSON.parse(example.replaceAll(JSON.parse(example).application.dcuUscc, uscc));

  const submitted = await client.submitApplication(uscc, submission, unit, `demo-submit-${uscc}`);
  console.log(`1. SUBMIT_APPLICATION (P-ONB-02) → phase ${submitted.phase}; eligible: ${submitted.eligibility?.eligible}; for the officer to confirm: ${submitted.eligibility?.forOfficer.length}`);

  const approved = await client.dispatch(uscc, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '材料齐全，同意接入', requestId: `demo-approve-${uscc}` });
  console.log(`2. APPROVE_APPLICATION (T-01) → phase ${approved.phase}; term ${approved.term?.startsOn} … ${approved.term?.endsOn}; renewal due ${approved.term?.renewalDueOn} (T-02)`);

  const warned = await client.dispatch(uscc, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: '发票开具异常波动', details: '单日开票量超过阈值', requestId: `demo-warning-${uscc}` });
  const warning = warned.cases.at(-1);
  console.log(`3. ISSUE_RISK_WARNING (S-04) → case ${warning?.id}, feedback due ${warning?.dueOn}`);

  const state = await client.state(uscc);
  console.log('\nstate():');
  console.log(JSON.stringify({ unitId: state.unitId, phase: state.phase, term: state.term, concurrency: state.concurrency, nextDeadlines: state.nextDeadlines.slice(0, 5), usingUnits: state.usingUnits.map((u) => [u.uscc, u.status]) }, null, 2));
  console.log(`\nworkflow unit:${uscc} — Temporal Web UI: http://localhost:${env.LEQI_TEMPORAL_UI_PORT} · notices: http://localhost:${env.LEQI_MAIL_WEB_PORT}`);
  await client.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  process.exit(1);
});
