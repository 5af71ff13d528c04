# syntax=docker/dockerfile:1
# Free City in a container: a thin wrapper of the bundle (`pnpm bundle`), which is what the tests
# start (tests/e2e/bundle.test.ts). NOT built or run on the project's machines (they have no
# Docker): everything it does is the bundle's own commands, which are tested.
#   docker build -t free-city .
#   docker run free-city node serve.mjs --app portal --port 3000      (see compose.yaml)

# 1. Build: install from the lockfile, generate the Prisma client, build both apps, bundle.
FROM node:20-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CI=1
WORKDIR /src
RUN npm install -g pnpm@10.34.9
COPY . .
RUN PRISMA_SCHEMA_ENGINE_BINARY=/src/packages/db/bin/no-native-schema-engine \
    sh -c 'pnpm install --frozen-lockfile && pnpm --filter @free-city/db run generate && pnpm bundle --out /bundle'

# 2. Run: only Node and the bundle, as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build --chown=node:node /bundle ./
USER node
EXPOSE 3000 3001
# Liveness; a load balancer should route on GET /api/ready instead (database and migrations).
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# One image, one process per container: the portal by default; compose.yaml runs the others.
CMD ["node", "serve.mjs", "--app", "portal", "--port", "3000"]
