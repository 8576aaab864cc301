# The leqi-lifecycle worker (and later its HTTP API). Used by docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=development
# better-sqlite3 (the embedded decision record) compiles when no prebuilt binary can be fetched
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# dev dependencies are needed at run time: the worker runs TypeScript through tsx
RUN npm ci --no-audit --no-fund
COPY . .
USER node
CMD ["npm", "run", "--silent", "worker"]
