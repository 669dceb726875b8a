import { describe, expect, test } from 'vitest';
import { exportProgress } from '../src/progressFile/exportProgress.js';
import { MAX_PROGRESS_FILE_LENGTH, parseProgressFile } from '../src/progressFile/parseProgressFile.js';

const file = (value: unknown): string => JSON.stringify(value);

describe('exportProgress', () => {
  test('writes roadmap id, version and the progress, keys sorted, removed topics kept', () => {
    const text = exportProgress('python-backend', { flask: 'done', 'removed-topic': 'skipped', django: 'in-progress' });
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toEqual({
      roadmap: 'python-backend',
      version: 1,
      progress: { django: 'in-progress', flask: 'done', 'removed-topic': 'skipped' },
    });
    expect(Object.keys(data.progress as object)).toEqual(['django', 'flask', 'removed-topic']);
    // The same progress in another order gives the same bytes.
    expect(exportProgress('python-backend', { django: 'in-progress', 'removed-topic': 'skipped', flask: 'done' })).toBe(text);
  });

  test('leaves out values that are not topic states', () => {
    const progress = { flask: 'done', junk: 'nearly', n: 3 } as unknown as Record<string, 'done'>;
    expect(JSON.parse(exportProgress('r', progress)).progress).toEqual({ flask: 'done' });
  });
});

describe('parseProgressFile', () => {
  test('round trip: what is exported reads back the same', () => {
    const progress = { flask: 'done', django: 'skipped', 'http-methods': 'in-progress' } as const;
    expect(parseProgressFile(exportProgress('python-backend', progress), 'python-backend')).toEqual({ ok: true, progress, ignored: 0 });
  });

  test('refuses a file of another roadmap, naming both', () => {
    const result = parseProgressFile(exportProgress('frontend', { react: 'done' }), 'python-backend');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('This progress is for the roadmap "frontend", not for "python-backend".');
  });

  test.each([
    ['junk text', 'this is not json', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    ['an array', '[1, 2]', 'expected an object'],
    ['null', 'null', 'expected an object'],
    ['a roadmap file', file({ id: 'python-backend', title: 'x', sections: [] }), '"roadmap" and "progress" are missing'],
    ['another version', file({ roadmap: 'r', version: 2, progress: {} }), 'Unsupported progress file version 2'],
    ['a missing version', file({ roadmap: 'r', progress: {} }), 'Unsupported progress file version undefined'],
    ['progress that is a list', file({ roadmap: 'r', version: 1, progress: ['done'] }), 'not an object of topic states'],
    ['progress that is text', file({ roadmap: 'r', version: 1, progress: 'done' }), 'not an object of topic states'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseProgressFile(text, 'r');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  test('ignores unknown states and counts them', () => {
    const result = parseProgressFile(file({ roadmap: 'r', version: 1, progress: { a: 'done', b: 'finished', c: 1, d: null, e: 'skipped' } }), 'r');
    expect(result).toEqual({ ok: true, progress: { a: 'done', e: 'skipped' }, ignored: 3 });
  });

  test('drops a __proto__ key instead of polluting prototypes', () => {
    const text = '{"roadmap":"r","version":1,"progress":{"__proto__":{"polluted":"done"},"a":"done"}}';
    const result = parseProgressFile(text, 'r');
    expect(result).toEqual({ ok: true, progress: { a: 'done' }, ignored: 1 });
    if (result.ok) {
      expect(Object.getPrototypeOf(result.progress)).toBe(Object.prototype);
      expect((result.progress as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('keeps messages short when the file holds huge values', () => {
    const result = parseProgressFile(file({ roadmap: 'x'.repeat(10_000), version: 1, progress: {} }), 'r');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(150);
  });

  test('refuses oversized input without parsing it', () => {
    const result = parseProgressFile(' '.repeat(MAX_PROGRESS_FILE_LENGTH + 1), 'r');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('too large');
  });
});
