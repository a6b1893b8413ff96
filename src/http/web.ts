import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { fromRoot } from '../paths.js';

// The tracker page (web/), built by Vite into web/dist and served here at /: index.html for the
// page's own routes, and the hashed assets, cached for good. Only the files the build wrote are
// served: the list is read once, so no request path ever reaches the file system.

export const WEB_DIST = fromRoot('web/dist');
const WEB_CONFIG = fromRoot('web/vite.config.ts');

/** Builds the page into web/dist with Vite (npm's prepare, or the first start when that did not). */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: WEB_CONFIG, logLevel: 'warn' });
}

/** Whether the page has been built. */
export const webBuilt = (dist = WEB_DIST) => existsSync(join(dist, 'index.html'));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** The page's own routes: the matrix at /, one page per actor, topic and article, and the review queue. */
const PAGE = /^\/(?:(?:actors|topics|articles)\/[a-z0-9-]{1,200}|review)?$/;

export function useTrackerPage(dist = WEB_DIST): Plugin {
  if (!webBuilt(dist)) return {};
  const index = readFileSync(join(dist, 'index.html'));
  const assets = new Map(
    readdirSync(join(dist, 'assets')).map((name) => [
      `/assets/${name}`,
      { body: readFileSync(join(dist, 'assets', name)), type: TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream' },
    ]),
  );
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const asset = assets.get(url.pathname);
      if (asset)
        return endResponse(
          new fetchAPI.Response(asset.body, { headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' } }),
        );
      if (PAGE.test(url.pathname))
        endResponse(new fetchAPI.Response(index, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } }));
    },
  };
}
