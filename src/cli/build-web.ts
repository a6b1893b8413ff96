// Run by npm's `prepare` after `npm install` (and by `npm run build:web`): builds the tracker page into
// web/dist. Never fails the install: without it, the first `npm start` builds the page itself.
try {
  const { buildWeb, WEB_DIST } = await import('../http/web.js');
  await buildWeb();
  console.log(`stancegraph: built the tracker page (${WEB_DIST})`);
} catch (error) {
  console.warn(
    `stancegraph: could not build the tracker page (${error instanceof Error ? error.message : String(error)}); the first npm start will build it instead`,
  );
}
