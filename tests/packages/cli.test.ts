import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickStarts } from '../../apps/site/src/docs/quickStarts.js';
import { ok, packPackages } from '../fences/support/fenceSite.js';
import { run } from '../support/run.js';

// The CLI as the docs show it: `npx @roadmap-graph/core <command>`, run in a project outside the
// repository that installed the packed package (npx then runs the installed package's one bin, as
// it would after fetching it from the registry). Each line of the docs' CLI block runs as written.
// Needs `pnpm build` first.
const ROOT = new URL('../../', import.meta.url).pathname;
const OUTLINE = `# Web basics {#web-basics}

## Foundations {#foundations}

- HTML {#html level=beginner}
- CSS {#css level=beginner requires=html}

## Scripting {#scripting}

- JavaScript {#javascript level=intermediate}
- The DOM {#dom requires=javascript}
`;

let work: string;
let project: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'roadmap-graph-cli-'));
  await packPackages(['core'], work);
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'my-roadmaps', private: true }, null, 2)}\n`);
  // The registry is reachable where this runs (developers, CI); the npm cache makes repeats quick.
  ok(await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, 'tarballs/core.tgz')], project, 300_000), 'npm install');
  writeFileSync(join(project, 'my-roadmap.md'), OUTLINE);
}, 360_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const commandLines = (): string[] => quickStarts.cli.split('\n').filter((line) => line.startsWith('npx '));
const file = (path: string): string => readFileSync(join(project, path), 'utf8');

describe('the CLI through npx, from the packed package', () => {
  it("the core README shows the docs' CLI block as it is", () => {
    expect(readFileSync(join(ROOT, 'packages/core/README.md'), 'utf8')).toContain(`\`\`\`sh\n${quickStarts.cli}\`\`\``);
  });

  it('documents every command the CLI has, and only those', async () => {
    const help = ok(await run('npx', ['@roadmap-graph/core', '--help'], project), 'npx --help');
    const commands = [...help.stdout.matchAll(/^ {2}(\w+)\b.*$/gm)].map((match) => match[1]).filter((name) => name !== undefined);
    const documented = new Set(commandLines().map((line) => line.split(' ')[2]));
    expect(commands.length).toBeGreaterThan(0);
    expect(new Set(commands)).toEqual(documented);
  });

  it('runs each line of the docs as written, writing what each promises', async () => {
    for (const line of commandLines()) {
      const result = await run('sh', ['-c', line], project, 180_000);
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
    }
    const roadmap = JSON.parse(file('my-roadmap.json')) as { id: string; layout?: { direction: string; views: Record<string, unknown> } };
    expect(roadmap.id).toBe('web-basics');
    expect(roadmap.layout?.direction).toBe('RIGHT');
    expect(Object.keys(roadmap.layout?.views ?? {}).sort()).toEqual(['column', 'phone', 'wide']);
    expect(file('my-roadmap.svg')).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(file('my-roadmap.svg')).toContain('prefers-color-scheme: dark');
    expect(file('outline.md')).toContain('- CSS {level=beginner requires=html}');
    expect(JSON.parse(file('roadmap.schema.json'))).toHaveProperty('$schema');
    // The baked file passes the strictest check: its layout is fresh.
    const strict = await run('npx', ['@roadmap-graph/core', 'validate', '--strict', 'my-roadmap.json'], project);
    expect(strict.stderr).toBe('');
    expect(strict.code).toBe(0);
  }, 300_000);

  it('says what is wrong and where, with exit code 1, on a bad roadmap', async () => {
    writeFileSync(join(project, 'bad.md'), OUTLINE.replace('requires=javascript', 'requires=missing'));
    const result = await run('npx', ['@roadmap-graph/core', 'validate', 'bad.md'], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.md:sections[1].topics[1].requires[0]: unknown topic "missing"');
  });

  it('the installed package loads with require() too (Node 20.19+), for CommonJS projects', async () => {
    const required = await run('node', ['-e', "console.log(typeof require('@roadmap-graph/core').parseRoadmap)"], project);
    expect(required.stdout.trim(), required.stderr).toBe('function');
  });
});
