/** `npm run codec`: the codec server for the Temporal Web UI (`--ui-codec-endpoint http://localhost:8234`). */
import { describeEnv, loadEnv } from '../config/env.js';
import { AesGcmCodec, parseKeys } from './aesGcm.js';
import { startCodecServer } from './server.js';

async function main(): Promise<void> {
  const env = loadEnv();
  console.log(`configuration: ${describeEnv(env)}`);
  if (!env.LEQI_CODEC_KEYS || !env.LEQI_CODEC_TOKEN) throw new Error('the codec server needs LEQI_CODEC_KEYS and LEQI_CODEC_TOKEN');
  const { server, port } = await startCodecServer({ codec: new AesGcmCodec(parseKeys(env.LEQI_CODEC_KEYS)), token: env.LEQI_CODEC_TOKEN, corsOrigin: env.LEQI_CODEC_CORS_ORIGIN, port: env.LEQI_CODEC_PORT });
  console.log(`codec server on http://127.0.0.1:${port} for ${env.LEQI_CODEC_CORS_ORIGIN}`);
  const stop = (): void => {
    server.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
