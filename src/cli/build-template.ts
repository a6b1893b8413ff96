// Run by npm's `prepare` after `npm install`: builds the seeded database the first `npm start`
// loads. Never fails the install: without a template, `npm start` builds the database itself.
try {
  const { buildSeededTemplate } = await import('../seed/template.js');
  const { file, built } = await buildSeededTemplate();
  if (built) console.log(`stancegraph: built the seeded embedded database for the first start (${file})`);
} catch (error) {
  console.warn(
    `stancegraph: could not build the seeded embedded database (${error instanceof Error ? error.message : String(error)}); the first npm start will build it instead`,
  );
}
