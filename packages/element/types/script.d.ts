// Type declarations of the element's two plain scripts, shipped as dist/script.d.ts for the
// `./iife` and `./layout-worker` entries: roadmap-graph.iife.js (the classic page script) and
// roadmap-graph.layout-worker.js (the worker the element starts beside it). They are files to
// serve, not modules to import: they export nothing. With this, a side-effect import such as
// `import '@roadmap-graph/element/iife'` type-checks under TypeScript's
// `noUncheckedSideEffectImports` too.

export {};
