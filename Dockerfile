# syntax=docker/dockerfile:1
# Boussole's image: the API and the built web app in one Node process (DESIGN §6), run as a
# non-root user on production dependencies only. docker-compose.yml runs two of them behind nginx.

# --- build: every dependency, then the API (webpack) and the web app (Angular) ---
FROM node:20-bookworm-slim AS builder
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api,web --outputStyle=static

# --- runtime: production dependencies and the build output, nothing else ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    BOUSSOLE_MODE=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=builder /app/dist/apps/api ./dist/apps/api
COPY --from=builder /app/dist/apps/web ./dist/apps/web
# The files stay root's: the `node` user (uid 1000) reads and runs them, and can change none.
USER node
EXPOSE 3000
# Liveness: 200 while the process runs and reaches its database (the orchestrator restarts it otherwise).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# main.ts handles SIGTERM (it drains, then exits); compose adds an init (`init: true`) to reap children.
# A young generation of 8 MB a half, not 16, and an old one of at most 192 MB: V8 sizes its heap
# by the machine (gigabytes here) and lets garbage pile up to far beyond what is live; bounded, it
# collects sooner (README, "Measuring"). The large files are made one at a time within it.
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=192", "dist/apps/api/main.js"]
