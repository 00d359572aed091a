# syntax=docker/dockerfile:1
# The production image: the built CLI (dist/, `npm run build`) and production dependencies only, run as
# the unprivileged `node` user. `docker compose up` (compose.yaml) runs it as migrate, serve and worker.

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts need the sources (postinstall generates the Prisma client and builds the playground): run them below.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run generate && npm run build

FROM node:20.20-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# The Prisma client is bundled into dist/; no dependency needs an install script at run time.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/app/.data
WORKDIR /app
# package.json marks dist/*.js as ES modules.
COPY --chown=node:node package.json ./
COPY --chown=node:node --from=production-dependencies /app/node_modules ./node_modules
COPY --chown=node:node --from=build /app/dist ./dist
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# Liveness only: readiness (/readyz) belongs to the orchestrator, which routes traffic by it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/livez').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "dist/aso.js"]
CMD ["serve"]
