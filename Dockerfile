# The server image used by docker-compose.yml. TypeScript runs through tsx, so there is no build step.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY drizzle.config.ts tsconfig.json ./
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
