import { describe, expect, it } from 'vitest';
import { dedent, readInlineSource } from '../src/source/readInlineSource.js';
import { sourceFormat } from '../src/source/sourceFormat.js';

describe('sourceFormat', () => {
  it('goes by extension first', () => {
    expect(sourceFormat('https://x.test/a/road.md?v=2', 'application/json', '{')).toBe('markdown');
    expect(sourceFormat('/data/road.JSON', 'text/markdown', '# x')).toBe('json');
  });

  it('then by content type', () => {
    expect(sourceFormat('/api/roadmap', 'text/markdown; charset=utf-8', '{')).toBe('markdown');
    expect(sourceFormat('/api/roadmap', 'application/vnd.roadmap+json', '# x')).toBe('json');
  });

  it('then by the text', () => {
    expect(sourceFormat('/api/roadmap', 'text/plain', '  \n{ "id": "x" }')).toBe('json');
    expect(sourceFormat('/api/roadmap', null, '# Title')).toBe('markdown');
  });
});

describe('readInlineSource', () => {
  it('reads the first child script of a known type and ignores others', () => {
    const host = document.createElement('div');
    host.innerHTML = '<script type="text/javascript">x()</script><script type="application/json">{"id":"a"}</script><script type="text/markdown"># b</script>';
    expect(readInlineSource(host)).toEqual({ format: 'json', text: '{"id":"a"}' });
  });

  it('dedents Markdown indented to match the page', () => {
    const host = document.createElement('div');
    host.innerHTML = '<script type="text/markdown">\n      # Title\n\n      - Topic\n\n        Description\n    </script>';
    expect(readInlineSource(host)).toEqual({ format: 'markdown', text: '# Title\n\n- Topic\n\n  Description\n' });
  });

  it('finds nothing without such a script', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>text</p><div><script type="application/json">{}</script></div>';
    expect(readInlineSource(host)).toBeUndefined();
  });
});

describe('dedent', () => {
  it('keeps relative indentation, including the first line’s', () => {
    expect(dedent('\n\n    - a\n      - b\n    - c\n  ')).toBe('- a\n  - b\n- c\n');
    expect(dedent('\t\t# x\n\t\ty')).toBe('# x\ny\n');
  });
});
