// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_TOKENS } from '../src/theme/tokens.js';

// The library build as published: vite.config.ts, into a scratch folder.
const root = join(__dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'rg-react-build-'));
const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

beforeAll(async () => {
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, sourcemap: false } });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The chunks a built file imports, directly or through other chunks. */
function importsOf(file: string, seen = new Set<string>()): string[] {
  for (const [, chunk] of read(file).matchAll(/(?:from|import) "\.\/([^"]+\.js)"/g) as Iterable<[string, string]>) {
    if (!seen.has(chunk)) {
      seen.add(chunk);
      importsOf(chunk, seen);
    }
  }
  return [...seen];
}

describe('library build', () => {
  it('starts the layout worker from the emitted file in the form app bundlers follow', () => {
    expect(read('index.js')).toContain('new Worker(new URL("./layoutWorker.js", import.meta.url), { type: "module" })');
    // ELK stays core's import (the app bundles it into the worker chunk); the worker also reads long JSON text.
    const worker = read('layoutWorker.js');
    expect(worker).toMatch(/^import \{ [\w, ]+ \} from "@roadmap-graph\/core";\nimport "@roadmap-graph\/core\/layout-worker";\n/);
    expect(worker).toMatch(/registerWorkerHandlers\(\{ read: /);
    expect(worker).not.toMatch(/elkjs|org\.eclipse\.elk|micromark/);
  });

  it('keeps ELK, React and the other dependencies out of the main bundle', () => {
    const index = read('index.js');
    expect(index).not.toMatch(/elkjs|org\.eclipse\.elk/);
    expect(index).toMatch(/from "react"/);
    expect(index).toMatch(/from "@xyflow\/react"/);
    expect(index).toMatch(/from "@roadmap-graph\/core"/);
    expect(index).not.toMatch(/function createElement\(|__SECRET_INTERNALS|zustand/);
  });

  it("marks the entry of the components and hooks 'use client', and not the server entry or the helpers", () => {
    // First in the file: a directive anywhere else is an ordinary string.
    expect(read('index.js')).toMatch(/^"use client";\n/);
    for (const file of ['server.js', 'internal.js', 'layoutWorker.js', ...importsOf('server.js')]) {
      expect(read(file), file).not.toContain('use client');
    }
  });

  it('keeps hooks, React Flow and react-dom out of the server entry and every chunk it imports', () => {
    for (const file of ['server.js', ...importsOf('server.js')]) {
      const code = read(file);
      expect(code, file).not.toMatch(/from "(@xyflow\/react|react-dom|d3-scale)(\/[^"]*)?"/);
      const fromReact = [...code.matchAll(/import \{([^}]*)\} from "react"/g)].flatMap((m) => m[1]!.split(',').map((name) => name.trim()));
      expect(fromReact.filter((name) => /^use[A-Z]/.test(name)), file).toEqual([]);
    }
  });

  it('bundles all styles into style.css without hard-coded colours outside the theme', () => {
    const css = read('style.css');
    for (const name of ['.rg-root', '.rg-topic', '.rg-panel', '.rg-toolbar', '.rg-outline', '.react-flow__pane', "[data-theme='dark']"]) {
      expect(css, name).toContain(name);
    }
    // Outside theme.css (whose rules set --rg-* properties), colours only come from var(--rg-*).
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').split('}');
    const offending = rules.filter((rule) => !/--rg-[\w-]+\s*:/.test(rule) && /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i.test(rule));
    expect(offending).toEqual([]);
  });

  it("writes the theme's colours into style.css: every token, light by default, dark for dark and for auto in a dark system", () => {
    const css = read('style.css');
    const block = (selector: string): string => {
      const start = css.indexOf(selector);
      expect(start, selector).toBeGreaterThanOrEqual(0);
      return css.slice(start, css.indexOf('}', start));
    };
    const light = block(".rg-root,\n.rg-root[data-theme='light'] {");
    const dark = block(".rg-root[data-theme='dark'] {");
    const auto = block("@media (prefers-color-scheme: dark) {\n  .rg-root[data-theme='auto'] {");
    for (const token of THEME_TOKENS) {
      expect(light, token.name).toContain(`\n  ${token.name}: ${token.light};`);
      expect(dark, token.name).toContain(`\n  ${token.name}: ${token.dark};`);
      expect(auto, token.name).toContain(`\n    ${token.name}: ${token.dark};`);
    }
    expect(css).not.toContain('@theme-tokens light;\n');
  });
});
