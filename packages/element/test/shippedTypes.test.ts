// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The type declarations as npm ships them, checked on the built package (`pnpm build` runs first).
// What they say is checked by the type tests in test/types (`pnpm typecheck`).
const file = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const manifest = JSON.parse(readFileSync(file('package.json'), 'utf8')) as {
  types: string;
  exports: { '.': { types: string; default: string }; './jsx': { types: string } };
};

function read(path: string): string {
  if (!existsSync(file(path))) throw new Error(`${path} is missing: run \`pnpm --filter @roadmap-graph/element build\` first`);
  return readFileSync(file(path), 'utf8');
}

/** Module specifiers a declaration file imports, references or re-exports from. */
function dependencies(source: string): string[] {
  // Comments may show imports as examples; triple-slash references stay.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/(?!\/).*$/gm, '');
  const found = [
    ...text.matchAll(/(?:^|[\s;])(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/\/\/\/\s*<reference\s+(?:types|path)\s*=\s*['"]([^'"]+)['"]/g),
  ];
  return found.map((match) => match[1] as string);
}

describe('shipped type declarations', () => {
  it('are where package.json points: types first in each export, and the top-level types field', () => {
    const { '.': main, './jsx': jsx } = manifest.exports;
    expect(Object.keys(main)[0]).toBe('types');
    expect(main.types).toBe('./dist/roadmap-graph.d.ts');
    expect(manifest.types).toBe(main.types);
    expect(jsx.types).toBe('./dist/jsx.d.ts');
    for (const path of [main.types, jsx.types]) expect(read(path)).toContain('RoadmapGraphElement');
  });

  it('need neither core nor React: roadmap-graph.d.ts and the files it reads import only each other', () => {
    const text = read('dist/roadmap-graph.d.ts');
    expect([...new Set(dependencies(text))].sort()).toEqual(['./data.js', './events.js', './labels.js']);
    expect(dependencies(read('dist/events.d.ts'))).toEqual(['./data.js']);
    expect(dependencies(read('dist/labels.d.ts'))).toEqual(['./data.js']);
    expect(dependencies(read('dist/labels/fr.d.ts'))).toEqual(['../labels.js']);
    expect(dependencies(read('dist/data.d.ts'))).toEqual([]);
    expect(text).toContain("'roadmap-graph': RoadmapGraphElement");
  });

  it('keep React to the JSX typing, which imports only react and the element types', () => {
    expect(dependencies(read('dist/jsx.d.ts')).sort()).toEqual(['./roadmap-graph.js', 'react']);
  });
});
