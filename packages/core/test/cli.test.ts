import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { bakedLayoutFor } from '../src/layout/bakedLayoutFor.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { renderSvg } from '../src/render/renderSvg.js';
import type { BakedLayout, Roadmap } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const SEED = fileURLToPath(new URL('./fixtures/seed-outline.md', import.meta.url));
// Run from the package, where tsx resolves; file arguments are absolute.
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'roadmap-cli-'));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { input, encoding: 'utf8', cwd: PACKAGE });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(work, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('roadmap-graph CLI', () => {
  it('validates good files with exit 0, JSON and Markdown alike', () => {
    const result = run(['validate', file('good.json', smallRoadmap()), SEED]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/good\.json: ok/);
  });

  it('prints file:path: message for each problem and exits 1', () => {
    const broken = structuredClone(smallRoadmap()) as any;
    broken.sections[2].topics[1].topics[1].requires = ['django-orn'];
    const path = file('broken.json', broken);
    const result = run(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path}:sections[2].topics[1].topics[1].requires[0]: unknown topic "django-orn" (did you mean "django-orm"?)`);
  });

  it('names the line of a problem in a Markdown outline', () => {
    const result = run(['validate', file('bad.md', '# T\n\n## S\n\n- A {#a requires=nowhere}\n')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.md:sections\[0\]\.topics\[0\]\.requires\[0\]: unknown topic "nowhere".*line 5/);
  });

  it('reports unreadable files and invalid JSON as invalid input', () => {
    const missing = join(work, 'missing.json');
    expect(run(['validate', missing])).toMatchObject({ code: 1, stderr: `${missing}: cannot read: no such file\n` });
    expect(run(['validate', file('junk.json', '{"id": ')]).stderr).toMatch(/junk\.json: not valid JSON/);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['validate']).code).toBe(2);
    expect(run(['validate', '--frob', 'x.json']).code).toBe(2);
    expect(run(['layout', SEED, '--direction', 'SIDEWAYS']).stderr).toMatch(/--direction must be DOWN or RIGHT/);
    expect(run(['layout', SEED, '--width', 'tablet'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--width must be phone, column, wide, not "tablet"/) });
    expect(run(['render', SEED, '--width', 'tablet']).code).toBe(2);
  });

  it('has --help on every command', () => {
    for (const command of ['validate', 'import', 'export', 'layout', 'render', 'schema']) {
      const result = run([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`roadmap-graph ${command}`);
    }
  });

  it('imports the seed outline into a valid roadmap, from a file or stdin to stdout', () => {
    const fromFile = run(['import', SEED]);
    expect(fromFile.code).toBe(0);
    const roadmap = JSON.parse(fromFile.stdout);
    expect(parseRoadmap(roadmap).ok).toBe(true);
    expect(roadmap.sections).toHaveLength(9);
    const fromStdin = run(['import', '-', '-o', '-'], readFileSync(SEED, 'utf8'));
    expect(JSON.parse(fromStdin.stdout)).toEqual(roadmap);
  });

  it('bakes a layout that validate accepts as fresh, and flags it once the content changes', () => {
    const out = join(work, 'laid-out.json');
    expect(run(['layout', file('small.json', smallRoadmap()), '-o', out, '--direction', 'RIGHT']).code).toBe(0);
    const baked = JSON.parse(readFileSync(out, 'utf8'));
    expect(baked.layout).toMatchObject({ direction: 'RIGHT', version: 2 });
    expect(run(['validate', '--strict', out]).code).toBe(0);
    baked.sections[0].title = 'Renamed';
    const stale = file('stale.json', baked);
    expect(run(['validate', stale]).code).toBe(0);
    const strict = run(['validate', '--strict', stale]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /layout: warning: the baked layout is stale: the roadmap changed since its layout was computed; run `roadmap-graph layout` again/,
    );
  });

  it('bakes every width class by default, compactly after the pretty content, and one class with --width', () => {
    const out = join(work, 'classes.json');
    expect(run(['layout', file('classes-in.json', smallRoadmap()), '-o', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const baked = JSON.parse(text) as Roadmap;
    expect(Object.keys((baked.layout as BakedLayout).views)).toEqual(['phone', 'column', 'wide']);
    // The content reads as before; the layout is the last line of the object, with no spaces.
    const { layout, ...content } = baked;
    expect(text).toBe(`${JSON.stringify(content, null, 2).slice(0, -2)},\n  "layout": ${JSON.stringify(layout)}\n}\n`);

    const phoneOnly = join(work, 'phone.json');
    expect(run(['layout', file('phone-in.json', smallRoadmap()), '--width', 'phone', '-o', phoneOnly]).code).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(phoneOnly, 'utf8')) as Roadmap & { layout: BakedLayout }).layout.views)).toEqual(['phone']);
    // One more class keeps the fresh ones already there.
    expect(run(['layout', phoneOnly, '--width', 'wide', '-o', phoneOnly]).code).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(phoneOnly, 'utf8')) as Roadmap & { layout: BakedLayout }).layout.views)).toEqual(['phone', 'wide']);
  });

  it('renders the baked layout of the width asked for, in the direction it was baked in', async () => {
    const out = join(work, 'right.json');
    expect(run(['layout', file('right-in.json', smallRoadmap()), '--direction', 'RIGHT', '-o', out]).code).toBe(0);
    const parsed = parseRoadmap(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const graph = buildGraph(parsed.roadmap);
    // Without --direction, render draws what was baked: left to right (it drew top to bottom).
    expect(run(['render', out]).stdout).toBe(renderSvg(graph, bakedLayoutFor(parsed.roadmap, 'wide')!));
    expect(run(['render', out, '--width', 'phone']).stdout).toBe(renderSvg(graph, bakedLayoutFor(parsed.roadmap, 'phone')!));
    // Another direction is laid out afresh.
    const down = await layoutRoadmap(graph, { engine: createElkEngine(), direction: 'DOWN', widthClass: 'column' });
    expect(run(['render', out, '--width', 'column', '--direction', 'DOWN']).stdout).toBe(renderSvg(graph, down));
  });

  it('renders an SVG with no script, and prints the JSON Schema', () => {
    const svg = run(['render', file('render.json', smallRoadmap()), '--theme', 'dark']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.stdout).not.toMatch(/<script|\son\w+=/i);
    const schema = JSON.parse(run(['schema']).stdout);
    expect(schema.$defs.Topic).toBeDefined();
  });

  it('writes Markdown back with export', () => {
    const result = run(['export', file('export.json', smallRoadmap())]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Web developer/);
    expect(result.stdout).toContain('## Flask or Django');
  });
});
