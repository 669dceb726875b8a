import { createElement, type ReactElement, type ReactNode } from 'react';

// The elements core's renderSvg draws with. Anything else is not core's picture: refused.
const ELEMENTS = new Set(['svg', 'title', 'desc', 'style', 'defs', 'marker', 'path', 'rect', 'g', 'circle', 'text', 'a']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TAG = /<(\/?)([a-z]+)((?:\s+[a-zA-Z][\w:-]*="[^"<]*")*)\s*(\/?)>/y;
const ATTRIBUTE = /([a-zA-Z][\w:-]*)="([^"]*)"/g;
const TEXT = /[^<]+/y;

interface Open {
  name: string;
  props: Record<string, string>;
  children: ReactNode[];
}

/**
 * The picture core's `renderSvg` draws, as React elements instead of markup, so that a React
 * page (a Server Component too) renders it with no `dangerouslySetInnerHTML`: every title and
 * description from the roadmap reaches React as a text child (unescaped here, escaped again by
 * React), every attribute as a prop. Reads exactly what renderSvg writes (its elements, double
 * quoted attributes, the five XML entities) and throws on anything else, so a change in core that
 * this does not follow fails loudly in the tests instead of drawing something half-read.
 *
 * @example
 * svgElements(renderSvg(graph, layout, { theme: 'auto', fluid: true }));
 */
export function svgElements(svg: string): ReactElement {
  const root: Open = { name: '', props: {}, children: [] };
  const stack: Open[] = [root];
  let at = 0;
  while (at < svg.length) {
    const top = stack[stack.length - 1]!;
    TEXT.lastIndex = at;
    const text = TEXT.exec(svg);
    if (text) {
      // Line breaks between elements are layout of the markup, not text of the picture.
      if (text[0].trim()) top.children.push(decode(text[0], at));
      at = TEXT.lastIndex;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(svg);
    if (!tag) throw unreadable(at, 'a tag it cannot read');
    const [, closing, name, attributes, selfClosing] = tag as unknown as [string, string, string, string, string];
    if (!ELEMENTS.has(name)) throw unreadable(at, `<${name}>`);
    if (closing) {
      if (top.name !== name) throw unreadable(at, `</${name}> closing <${top.name || 'nothing'}>`);
      stack.pop();
      stack[stack.length - 1]!.children.push(element(top));
    } else {
      const open: Open = { name, props: props(attributes, at), children: [] };
      if (selfClosing) top.children.push(element(open));
      else stack.push(open);
    }
    at = TAG.lastIndex;
  }
  const [picture, ...rest] = root.children;
  if (stack.length > 1 || rest.length > 0 || typeof picture !== 'object' || picture === null) {
    throw unreadable(svg.length, 'not one <svg> element');
  }
  return picture as ReactElement;
}

// Children as arguments, not an array: a fixed list that needs no keys.
function element(open: Open): ReactElement {
  return createElement(open.name, open.props, ...open.children);
}

/** Attributes as React props: `class` is `className`, `stroke-width` is `strokeWidth`. */
function props(attributes: string, at: number): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE) as Iterable<[string, string, string]>) {
    // renderSvg writes neither; an event handler or a style string would not be core's picture.
    if (/^on/i.test(name) || name === 'style') throw unreadable(at, `the attribute ${name}`);
    const prop = name === 'class' ? 'className' : /^(data|aria)-/.test(name) ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    result[prop] = decode(value, at);
  }
  return result;
}

function decode(text: string, at: number): string {
  return text.replace(/&([a-z]*);?/g, (entity, name: string) => {
    const char = ENTITIES[name];
    if (char === undefined || !entity.endsWith(';')) throw unreadable(at, `the entity ${entity}`);
    return char;
  });
}

function unreadable(at: number, what: string): Error {
  return new Error(`svgElements: ${what} at offset ${at} is not in the SVG that core's renderSvg writes`);
}
