import { join } from 'node:path';
import { ok } from '../../fences/support/fenceSite.js';
import { run } from '../../support/run.js';

/** The packages published to npm, by folder under packages/ (each is `@roadmap-graph/<folder>`). */
export const PUBLISHED = ['core', 'react', 'element', 'rehype', 'markdown-it'] as const;

/** The fields of package.json these tests read. */
export interface PackageJson {
  name: string;
  type?: string;
  license?: string;
  author?: string;
  homepage?: string;
  repository?: { type: string; url: string; directory: string };
  bugs?: { url: string };
  keywords?: string[];
  description?: string;
  bin?: Record<string, string>;
}

/** A file of a package packed by `packPackages` into `work/tarballs/<name>.tgz`, as text. */
export async function packedText(work: string, name: string, path: string): Promise<string> {
  return ok(await run('tar', ['-xzOf', join(work, 'tarballs', `${name}.tgz`), `package/${path}`], work), `${name}: ${path}`).stdout;
}
