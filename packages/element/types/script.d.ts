// Type declarations of the element's plain scripts, shipped as dist/script.d.ts for the
// `./iife`, `./layout-worker` and `./read-worker` entries: roadmap-graph.iife.js (the classic
// page script), roadmap-graph.layout-worker.js and roadmap-graph.read-worker.js (the workers the
// element starts beside it). They are files to serve, not modules to import: they export
// nothing. With this, a side-effect import such as `import '@roadmap-graph/element/iife'`
// type-checks under TypeScript's `noUncheckedSideEffectImports` too.

export {};
