const SVG = 'http://www.w3.org/2000/svg';

/** Attributes of a drawn element: `null`, `undefined` and `false` leave an attribute out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** What goes inside a drawn element: elements and text (as text, never markup); falsy entries are skipped. */
export type Children = readonly (Node | string | null | undefined | false)[];

function fill<T extends Element>(element: T, attributes: Attributes, children: Children): T {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * An HTML element with attributes and children, for the first map: data only ever becomes
 * attribute values and text nodes (`append` of a string makes a text node), never markup.
 */
export function html<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, children: Children = []): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

/** An SVG element, like {@link html}. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, children: Children = []): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG, tag), attributes, children);
}

/** Sets inline styles through the CSSOM (which a Content-Security-Policy without 'unsafe-inline' allows). */
export function styled<T extends HTMLElement | SVGElement>(element: T, styles: Record<string, string>): T {
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value);
  return element;
}
