# syntax=docker/dockerfile:1
# The leqi-lifecycle image: the worker (default command) and the HTTP API with the console
# (`node dist/client/api/main.js`), used by docker-compose.yml. Multi-stage: the C++ toolchain
# and the dev dependencies stay in the build stages; the runtime stage is node + the production
# dependencies + compiled JavaScript + the workflow bundle prebuilt here, run as the `node` user.
# Linted by hadolint in `npm test` (test/deploy/deploy.test.ts).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- production dependencies (better-sqlite3 compiles when no prebuilt binary can be fetched)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# ---- build: every dependency, TypeScript → dist/, the workflow bundle prebuilt
FROM deps AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY config ./config
COPY machines ./machines
COPY contract ./contract
COPY codec ./codec
COPY workflows ./workflows
COPY activities ./activities
COPY worker ./worker
COPY client ./client
COPY examples ./examples
RUN npx tsc -p tsconfig.build.json \
 && npx tsx worker/bundle.ts dist/workflow-bundle.js

# ---- runtime: non-root, no compiler, no dev dependencies
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    LEQI_WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js \
    LEQI_METRICS_ADDRESS=0.0.0.0:9464 \
    LEQI_SENT_NOTICES_PATH=/data/sent-notices.sqlite
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/examples ./examples
COPY package.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080 9464
# the worker is healthy when its Prometheus endpoint answers (the API service overrides this)
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:9464/metrics').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/worker/main.js"]
