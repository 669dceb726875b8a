import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '../src/schema/isAllowedUrl.js';
import { LIMITS } from '../src/schema/limits.js';
import { formatErrors } from '../src/validate/formatErrors.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import type { ValidationError } from '../src/validate/types.js';
import { smallRoadmap } from './support/smallRoadmap.js';

function errorsOf(input: unknown): ValidationError[] {
  const result = parseRoadmap(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.errors;
}

function mutate(change: (r: any) => void): unknown {
  const r = structuredClone(smallRoadmap()) as any;
  change(r);
  return r;
}

describe('parseRoadmap', () => {
  it('accepts a valid roadmap, as a value or as JSON text', () => {
    expect(parseRoadmap(smallRoadmap())).toMatchObject({ ok: true, roadmap: { id: 'web-dev' } });
    expect(parseRoadmap(JSON.stringify(smallRoadmap())).ok).toBe(true);
  });

  it('names the path of a shape error and lists every problem at once', () => {
    const errors = errorsOf(
      mutate((r) => {
        r.sections[1].topics[0].title = 42;
        r.sections[2].topics[1].level = 'expert';
        delete r.sections[3].title;
      }),
    );
    const paths = errors.map((e) => e.path);
    expect(paths).toContain('sections[1].topics[0].title');
    expect(paths).toContain('sections[2].topics[1].level');
    expect(errors.find((e) => e.path === 'sections[3].title')?.message).toMatch(/required/);
  });

  it('reports unknown keys with a suggestion instead of dropping them', () => {
    const errors = errorsOf(mutate((r) => (r.sections[0].topics[1].requries = ['syntax'])));
    expect(errors).toContainEqual({ path: 'sections[0].topics[1].requries', message: 'unknown key "requries" (did you mean "requires"?)' });
  });

  it('names both places of a duplicate id', () => {
    const errors = errorsOf(mutate((r) => (r.sections[3].topics[0].id = 'syntax')));
    expect(errors).toContainEqual({ path: 'sections[0].topics[0].id', message: 'duplicate id "syntax": also used at sections[3].topics[0]' });
    expect(errors).toContainEqual({ path: 'sections[3].topics[0].id', message: 'duplicate id "syntax": also used at sections[0].topics[0]' });
  });

  it('reports unknown prerequisites with a "did you mean"', () => {
    const errors = errorsOf(mutate((r) => (r.sections[2].topics[1].topics[1].requires = ['django-orn', 'nothing-like-it'])));
    expect(errors).toContainEqual({ path: 'sections[2].topics[1].topics[1].requires[0]', message: 'unknown topic "django-orn" (did you mean "django-orm"?)' });
    expect(errors).toContainEqual({ path: 'sections[2].topics[1].topics[1].requires[1]', message: 'unknown topic "nothing-like-it"' });
  });

  it('rejects self-requirement and requiring the own container', () => {
    const errors = errorsOf(
      mutate((r) => {
        r.sections[0].topics[0].requires = ['syntax'];
        r.sections[1].topics[0].requires = ['http'];
      }),
    );
    expect(errors).toContainEqual({ path: 'sections[0].topics[0].requires[0]', message: '"syntax" cannot require itself' });
    expect(errors.find((e) => e.path === 'sections[1].topics[0].requires[0]')?.message).toMatch(/contains this topic/);
  });

  it('prints a prerequisite cycle in order, at the requires entry that closes it', () => {
    const errors = errorsOf(mutate((r) => (r.sections[0].topics[0].requires = ['functions'])));
    expect(errors).toEqual([{ path: 'sections[0].topics[0].requires[0]', message: 'prerequisite cycle: syntax → functions → syntax' }]);
  });

  it('sees a cycle through section order: an early topic cannot require a later one', () => {
    const errors = errorsOf(mutate((r) => (r.sections[0].topics[0].requires = ['docker'])));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('sections[0].topics[0].requires[0]');
    expect(errors[0]!.message).toBe('prerequisite cycle: syntax → basics → http → framework → deploy → docker → syntax');
  });

  it('accepts a later section that starts fresh with an empty requires', () => {
    expect(parseRoadmap(mutate((r) => {
      r.sections[3].requires = [];
      r.sections[0].topics[0].requires = ['docker'];
    })).ok).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    [' java\tscript:alert(1)', 'javascript:'],
    ['data:text/html,<script>', 'data:'],
    ['vbscript:msgbox', 'vbscript:'],
    ['file:///etc/passwd', 'file:'],
  ])('rejects the URL %j, naming the scheme %s', (url, scheme) => {
    const errors = errorsOf(mutate((r) => (r.sections[0].topics[0].resources[0].url = url)));
    expect(errors).toEqual([
      { path: 'sections[0].topics[0].resources[0].url', message: `URL scheme "${scheme}" not allowed: use http, https, mailto or a relative URL` },
    ]);
  });

  it.each(['//evil.example/x', ' //evil.example/x', '\\\\evil.example/x', '/\\evil.example/x', '\\/evil.example', '/\t/evil.example'])(
    'rejects the protocol-relative URL %j, which means file:// in a file opened from disk',
    (url) => {
      expect(isAllowedUrl(url)).toBe(false);
      const errors = errorsOf(mutate((r) => (r.sections[0].topics[0].resources[0].url = url)));
      expect(errors).toEqual([
        {
          path: 'sections[0].topics[0].resources[0].url',
          message: 'protocol-relative URL ("//host/…") not allowed: write the scheme, as in "https://host/…", or a path with one leading "/"',
        },
      ]);
    },
  );

  it.each(['https://example.com/a', 'http://example.com', 'mailto:team@example.com', '/docs', './a:b', '../up', '#x', '?q=1', 'page.html'])(
    'accepts the URL %j',
    (url) => {
      expect(parseRoadmap(mutate((r) => (r.sections[0].topics[0].resources[0].url = url))).ok).toBe(true);
    },
  );

  it('keeps __proto__ and constructor keys out of the result', () => {
    const text = JSON.stringify(smallRoadmap()).replace('"id":"web-dev"', '"id":"web-dev","__proto__":{"polluted":true}');
    const errors = errorsOf(text);
    expect(errors).toContainEqual({ path: '__proto__', message: 'unknown key "__proto__"' });
    expect(({} as any).polluted).toBeUndefined();
  });

  it('names the limit that input breaks', () => {
    const huge = mutate((r) => (r.description = 'x'.repeat(LIMITS.maxInputBytes)));
    expect(errorsOf(huge)[0]!.message).toMatch(/limit maxInputBytes/);
    expect(errorsOf(JSON.stringify(huge))[0]!.message).toMatch(/limit maxInputBytes/);
    expect(errorsOf(' '.repeat(LIMITS.maxFileBytes + 1))[0]!.message).toMatch(/limit maxFileBytes/);
    let deep: any = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) deep = deep.next = {};
    expect(errorsOf(root)[0]!.message).toMatch(/limit maxJsonDepth/);
    const long = mutate((r) => (r.sections[0].title = 'a'.repeat(LIMITS.maxTitleLength + 1)));
    expect(errorsOf(long)).toContainEqual({ path: 'sections[0].title', message: expect.stringMatching(/maxTitleLength/) });
  });

  it('limits the number of topics', () => {
    const topics = Array.from({ length: LIMITS.maxTopics + 1 }, (_, i) => ({ id: `t${i}`, title: `T${i}` }));
    const errors = errorsOf({ id: 'big', title: 'Big', sections: [{ id: 's', title: 'S', topics }] });
    expect(errors).toContainEqual({ path: 'sections', message: expect.stringMatching(/limit maxTopics/) });
  });

  it('answers anything with errors, never by throwing', () => {
    for (const input of [undefined, null, 0, '', '{', [], 'null', { sections: 'no' }, { sections: [null, 1, 'x'] }, new Date()]) {
      const result = parseRoadmap(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(parseRoadmap(hostile)).toMatchObject({ ok: false });
  });
});

describe('formatErrors', () => {
  it('prints file:path: message lines', () => {
    expect(formatErrors([{ path: 'sections[0].id', message: 'bad' }, { path: '', message: 'worse' }], 'a.json')).toBe(
      'a.json:sections[0].id: bad\na.json: worse',
    );
  });
});
