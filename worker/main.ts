/** `npm run worker`: read config, connect, register the search attributes, run. */
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from './config.js';
import { createWorker } from './createWorker.js';
import { registerSearchAttributes } from './searchAttributes.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const client = await Connection.connect({ address: config.temporal.address });
  await registerSearchAttributes(client, config.temporal.namespace);
  await client.close();
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker({ connection, config });
  console.log(`worker on ${config.temporal.address}, namespace ${config.temporal.namespace}, task queue ${config.temporal.taskQueue}`);
  await worker.run();
  await connection.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
