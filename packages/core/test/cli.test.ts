import { spawn, spawnSync } from 'node:child_process';
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
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content));
  return path;
}

/** Runs the CLI with a standard input that never ends, counting the bytes it accepted. */
async function runWithEndlessInput(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: PACKAGE });
  let stderr = '';
  let written = 0;
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdout.resume();
  // Writing fails with EPIPE once the CLI has stopped reading and exited: that is the point.
  child.stdin.on('error', () => undefined);
  const spaces = Buffer.alloc(64 * 1024, 0x20);
  const pump = () => {
    while (!child.stdin.destroyed) {
      written += spaces.length;
      if (!child.stdin.write(spaces)) return void child.stdin.once('drain', pump);
    }
  };
  pump();
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stderr, written };
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

  it('render --theme auto writes one picture whose colours follow prefers-color-scheme, without a script', () => {
    const svg = run(['render', file('render-auto.json', smallRoadmap()), '--theme', 'auto']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/<style>@media \(prefers-color-scheme: dark\)\{#rg-web-dev\{--rg-svg-background:#0d1117;/);
    expect(svg.stdout).toContain('fill="var(--rg-svg-background, #ffffff)"');
    expect(svg.stdout).not.toMatch(/<script|\son\w+=/i);
    expect(run(['render', file('render-sepia.json', smallRoadmap()), '--theme', 'sepia'])).toMatchObject({
      code: 2,
      stderr: 'roadmap-graph: --theme must be light, dark or auto, not "sepia"\n',
    });
  });

  it('writes Markdown back with export', () => {
    const result = run(['export', file('export.json', smallRoadmap())]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Web developer/);
    expect(result.stdout).toContain('## Flask or Django');
  });

  it('accepts JSON saved with a UTF-8 byte order mark', () => {
    const bom = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(smallRoadmap()))]));
    expect(run(['validate', bom])).toMatchObject({ code: 0, stdout: `${bom}: ok\n`, stderr: '' });
  });

  it('refuses text that is not UTF-8 with the offset of the first bad byte, and never writes lossy text over its input', () => {
    const text = JSON.stringify(smallRoadmap()).replace('Web developer', 'Café');
    const at = Buffer.byteLength(text.slice(0, text.indexOf('é')));
    // The same file saved as Latin-1: "é" is the single byte E9.
    const latin1 = file('latin1.json', Buffer.from(text, 'latin1'));
    expect(run(['validate', latin1])).toMatchObject({ code: 1, stderr: `${latin1}: not valid UTF-8 at byte ${at}\n` });
    const before = readFileSync(latin1);
    expect(run(['layout', latin1, '-o', latin1]).code).toBe(1);
    expect(readFileSync(latin1).equals(before)).toBe(true);
  });

  it('stops reading a file past 16 MB and says which limit it hit', () => {
    const big = file('big.json', ' '.repeat(16 * 1024 * 1024 + 1));
    expect(run(['validate', big])).toMatchObject({ code: 1, stderr: `${big}: larger than 16 MB (limit maxFileBytes)\n` });
  });

  it('stops reading a standard input that never ends once it passes 16 MB', async () => {
    const result = await runWithEndlessInput(['validate', '-']);
    expect(result).toMatchObject({ code: 1, stderr: '<stdin>: larger than 16 MB (limit maxFileBytes)\n' });
    // What the CLI read, plus what the pipe and its buffers held when it left.
    expect(result.written).toBeLessThan(48 * 1024 * 1024);
  });

  it('lists the first 1,000 of 200,000 problems, one line each, then how many more there are', () => {
    const topics = Array.from({ length: 1_000 }, (_, i) => ({ id: `t-${i}`, title: `T ${i}`, requires: Array(200).fill(`t-${i}`) }));
    const path = file('many.json', { id: 'r', title: 'R', sections: [{ id: 's', title: 'S', topics }] });
    const result = run(['validate', path]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1_001);
    expect(lines[0]).toBe(`${path}:sections[0].topics[0].requires[0]: "t-0" cannot require itself`);
    expect(lines[1_000]).toBe(`${path}: 199000 more problems not listed (only the first 1000 are)`);
  });

  it('escapes control characters from the data, so every message stays one line and cannot drive the terminal', () => {
    const forged = '\u001b[2J\u001b]0;owned\u0007\nfake.roadmap.json: ok';
    const roadmap = structuredClone(smallRoadmap()) as any;
    roadmap.sections[0].topics[1].requires = [forged];
    roadmap.sections[0].topics[1]['\u202egnp.exe'] = 1;
    const path = file('forged.json', roadmap);
    const result = run(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${path}:sections[0].topics[1]["\\u202egnp.exe"]: unknown key "\\u202egnp.exe"`,
      `${path}:sections[0].topics[1].requires[0]: unknown topic "\\u001b[2J\\u001b]0;owned\\u0007\\nfake.roadmap.json: ok"`,
    ]);
    // A file that starts with an OSC 52 sequence (write the clipboard) shows it escaped in the JSON error.
    const osc = file('osc.json', '\u001b]52;c;aGk=\u0007{}');
    const snippet = run(['validate', osc]).stderr;
    expect(snippet).toMatch(new RegExp(`^${osc.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON: .*\\\\u001b\\]52;c;aGk=\\\\u0007.*\n$`));
  });
});
