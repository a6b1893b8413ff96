# The server image used by docker-compose.yml. TypeScript runs through tsx, so there is no build step.
FROM node:20-slim
WORKDIR /app
# The sources come before `npm ci`: its postinstall applies patches/ (a fix to postgres.js), its
# prepare script builds the seeded embedded database and the tracker page (web/) from the sources.
COPY package.json package-lock.json drizzle.config.ts tsconfig.json ./
COPY schema ./schema
COPY seeds ./seeds
COPY patches ./patches
COPY src ./src
COPY web ./web
RUN npm ci --omit=dev --no-audit --no-fund
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# node itself, not npm: SIGTERM from `docker stop` reaches the server, which drains and exits 0.
CMD ["node", "--import", "tsx", "src/main.ts"]
