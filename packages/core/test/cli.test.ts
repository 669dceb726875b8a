import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
    expect(baked.layout).toMatchObject({ direction: 'RIGHT', version: 1 });
    expect(run(['validate', '--strict', out]).code).toBe(0);
    baked.sections[0].title = 'Renamed';
    const stale = file('stale.json', baked);
    expect(run(['validate', stale]).code).toBe(0);
    const strict = run(['validate', '--strict', stale]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/layout: warning: the baked layout is stale/);
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
