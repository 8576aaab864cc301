/**
 * `npm run worker`: read the configuration (config/env.ts), connect (TLS / API key for Temporal
 * Cloud), register the search attributes, expose Prometheus metrics when LEQI_METRICS_ADDRESS is
 * set, run until SIGTERM/SIGINT. Logs its configuration with every secret as `***`.
 */
import { Connection } from '@temporalio/client';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { describeEnv, loadEnv } from '../config/env.js';
import { configOf } from './config.js';
import { createWorker } from './createWorker.js';
import { registerSearchAttributes } from './searchAttributes.js';
import { workerLogger } from './logger.js';

async function main(): Promise<void> {
  const env = loadEnv();
  console.log(`configuration: ${describeEnv(env)}`);
  const config = configOf(env);
  const { address, namespace, taskQueue, tls, apiKey } = config.temporal;
  // the SDK's log as JSON lines without activity task tokens (worker/logger.ts); the SDK's own metrics
  // (task latencies, slots, sticky cache, poll failures) at http://<address>/metrics when configured
  Runtime.install({ logger: workerLogger(), ...(config.metricsAddress ? { telemetryOptions: { metrics: { prometheus: { bindAddress: config.metricsAddress } } } } : {}) });
  if (config.metricsAddress) console.log(`Prometheus metrics on http://${config.metricsAddress}/metrics`);
  const options = { address, ...(tls ? { tls } : {}), ...(apiKey ? { apiKey } : {}) };
  let client: Connection;
  try {
    client = await Connection.connect(options);
  } catch (err) {
    throw new Error(`cannot connect to Temporal at ${address} (namespace ${namespace}): ${err instanceof Error ? err.message : String(err)}`);
  }
  await registerSearchAttributes(client, namespace);
  await client.close();
  const connection = await NativeConnection.connect(options);
  const worker = await createWorker({ connection, config, ...(config.workflowBundlePath ? { workflowBundle: { codePath: config.workflowBundlePath } } : {}) });
  console.log(`worker on ${address}, namespace ${namespace}, task queue ${taskQueue}${tls ? ' (TLS)' : ''}`);
  await worker.run();
  await connection.close();
}

main().catch((err) => {
  // the message only: a stack or an error's fields never carry the configuration's secrets
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  process.exit(1);
});
