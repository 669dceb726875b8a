import { descriptionText } from '@roadmap-graph/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InlineMarkdown } from '../src/InlineMarkdown/index.js';

afterEach(cleanup);

function html(text: string): string {
  return render(<InlineMarkdown text={text} />).container.innerHTML;
}

function markup(text: string): HTMLElement {
  return render(<InlineMarkdown text={text} />).container;
}

describe('InlineMarkdown', () => {
  it('renders emphasis, strong and code as elements', () => {
    const root = markup('Use *emphasis*, _this too_, **strong**, __also strong__ and `code`.');
    expect([...root.querySelectorAll('em')].map((e) => e.textContent)).toEqual(['emphasis', 'this too']);
    expect([...root.querySelectorAll('strong')].map((e) => e.textContent)).toEqual(['strong', 'also strong']);
    expect(root.querySelector('code')?.textContent).toBe('code');
    expect(root.textContent).toBe('Use emphasis, this too, strong, also strong and code.');
  });

  it('nests emphasis inside strong and the other way round', () => {
    expect(html('**a *b* c**')).toContain('<strong>a <em>b</em> c</strong>');
    expect(html('*a **b** c*')).toContain('<em>a <strong>b</strong> c</em>');
    expect(html('***both***')).toContain('<em><strong>both</strong></em>');
  });

  it('splits paragraphs on blank lines and keeps single line breaks inside one', () => {
    const root = markup('First line\nstill first.\n\n  \nSecond *para*.');
    const paragraphs = root.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.textContent).toBe('First line\nstill first.');
    expect(paragraphs[1]!.innerHTML).toBe('Second <em>para</em>.');
  });

  it('keeps unclosed and unmatched markers as written', () => {
    for (const text of ['*unclosed', '**also unclosed', 'a ` lone backtick', '[not a link', 'a ] b', '* spaced *', '2 * 3 * 4']) {
      const root = markup(text);
      expect(root.textContent).toBe(text);
      expect(root.querySelector('em, strong, code, a')).toBeNull();
    }
  });

  it('does not emphasise inside snake_case words', () => {
    const root = markup('Call my_func_name and __init__ here');
    expect(root.querySelector('em')).toBeNull();
    expect(root.textContent).toBe('Call my_func_name and init here');
    expect(root.querySelector('strong')?.textContent).toBe('init');
  });

  it('honours backslash escapes', () => {
    const root = markup('\\*not em\\* \\`not code\\` \\[not](link) a\\\\b');
    expect(root.querySelector('em, code, a')).toBeNull();
    expect(root.textContent).toBe('*not em* `not code` [not](link) a\\b');
  });

  it('keeps * and [ inside code spans literal', () => {
    const root = markup('Run `a*b*c [x](https://e.com)` and ``a ` tick``');
    const codes = [...root.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toEqual(['a*b*c [x](https://e.com)', 'a ` tick']);
    expect(root.querySelector('em, a')).toBeNull();
  });

  it('renders allowed links opening in a new tab without an opener', () => {
    const root = markup('See [the *docs*](https://docs.python.org/3/ "Python docs") or [a page](/relative).');
    const links = root.querySelectorAll('a');
    expect(links).toHaveLength(2);
    expect(links[0]!.getAttribute('href')).toBe('https://docs.python.org/3/');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('title')).toBe('Python docs');
    expect(links[0]!.querySelector('em')?.textContent).toBe('docs');
    expect(links[0]!.textContent).toContain('opens in a new tab');
    expect(links[1]!.getAttribute('href')).toBe('/relative');
  });

  it('keeps balanced parentheses and angle-bracket destinations in URLs', () => {
    const root = markup('[wiki](https://en.wikipedia.org/wiki/Flask_(web_framework)) and [spaced](<https://e.com/a b>)');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://en.wikipedia.org/wiki/Flask_(web_framework)', 'https://e.com/a b']);
  });

  it('does not put links inside links', () => {
    const root = markup('[outer [inner](https://in.example) text](https://out.example)');
    const links = root.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://in.example');
  });

  it('shows raw HTML as text, never as elements', () => {
    const payload = '<img src=x onerror=alert(1)> <script>alert(2)</script> <a href="javascript:alert(3)">x</a>';
    const root = markup(payload);
    expect(root.querySelector('img, script, a')).toBeNull();
    expect(root.textContent).toBe(payload);
  });

  it('renders links to dangerous schemes as plain text', () => {
    const payloads = [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](<java\tscript:alert(1)>)',
      '[x](\\javascript:alert(1))',
      '[x](data:text/html,<script>alert(1)</script>)',
      '[x](vbscript:msgbox)',
    ];
    for (const text of payloads) {
      const root = markup(text);
      expect(root.querySelector('a')).toBeNull();
      expect(root.textContent).toBe('x');
    }
  });

  it('opens mail links without a blank tab', () => {
    const link = markup('[mail us](mailto:team@example.com)').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('mailto:team@example.com');
    expect(link.hasAttribute('target')).toBe(false);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders nothing for empty or non-string text', () => {
    expect(markup('').innerHTML).toBe('');
    expect(markup(' \n\n ').innerHTML).toBe('');
    expect(render(<InlineMarkdown text={undefined as unknown as string} />).container.innerHTML).toBe('');
  });

  // Core's reader serves the panel and the map's tooltips alike: what one shows, the other does.
  it('shows the text that the tooltip excerpt shows', () => {
    const descriptions = [
      '\\*not em\\*',
      '[link](https://a.b/c_\\)) and [wiki](https://e.org/F_((x)))',
      '[a \\] b](https://e.com) c',
      '``a ` b`` c',
      '**strong** and _em_ in my_snake_case\n\nSecond [docs](https://e.com "Docs").',
    ];
    for (const text of descriptions) {
      const root = markup(text);
      for (const hidden of root.querySelectorAll('.rg-visually-hidden')) hidden.remove();
      const shown = [...root.querySelectorAll('p')].map((p) => p.textContent).join(' ');
      expect(shown.replace(/\s+/g, ' ')).toBe(descriptionText(text));
    }
  });
});
