# The leqi-lifecycle worker (and later its HTTP API). Used by docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=development
COPY package.json package-lock.json ./
# dev dependencies are needed at run time: the worker runs TypeScript through tsx
RUN npm ci --no-audit --no-fund
COPY . .
USER node
CMD ["npm", "run", "--silent", "worker"]
