# syntax=docker/dockerfile:1
# Candor production image. Build: docker build -t candor .
# Migrations are an explicit deploy step:  docker run --rm --env-file .env candor node dist/src/cli.js migrate
# Then serve:                             docker run --env-file .env -p 3000:3000 candor

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY scripts ./scripts
COPY src ./src
COPY migrations ./migrations
COPY bench ./bench
COPY static ./static
RUN npx tsc -p tsconfig.build.json && node scripts/copy-vendor.mjs && node scripts/bundle-server.mjs \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:24-slim
# Two malloc arenas instead of up to 8 per core: ≈ 45 MB less RSS after load (issue #18, README).
ENV NODE_ENV=production \
    PORT=3000 \
    MALLOC_ARENA_MAX=2
# Offline speech-to-text for voice answers (SPEECH_PROVIDER=pocketsphinx, the default). The scratch
# directory for the seconds a recording exists must be writable by the app user.
RUN apt-get update \
 && apt-get install -y --no-install-recommends pocketsphinx pocketsphinx-en-us \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /app/.data && chown node:node /app/.data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/static ./static
COPY views ./views
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# A young generation of 16 MB per semi-space (V8 grows it to 64 MB under load): scavenges stay
# cheap and a busy instance holds ~100 MB less. The old generation is collected before it passes
# 256 MB (measured live set ≈ 155 MB; uncapped, garbage piled up to ≈ 330 MB of heap). Issue #18;
# the same flags as `npm start` (bench/app-process.ts explains them). Give the container ≥ 512 MB.
CMD ["node", "--max-semi-space-size=16", "--max-old-space-size=256", "dist/server/main.js"]
