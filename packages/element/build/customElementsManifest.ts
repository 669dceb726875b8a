import type { Attribute, ClassMember, CssCustomProperty, CustomElementDeclaration, Event, Package } from 'custom-elements-manifest/schema.js';
// By path, like build/themeTokensCss.ts: the palette and the token list import nothing at run time.
import { PALETTE } from '../../core/src/theme/palette.js';
import { themeTokensOf } from '../../react/src/theme/themeTokens.js';
import { ELEMENT_ATTRIBUTES, ELEMENT_EVENTS, ELEMENT_MEMBERS, ELEMENT_PARTS, ELEMENT_SLOTS } from '../manifest/elementApi.js';
import { PROPAGATION } from '../src/events.js';
import { OBSERVED_ATTRIBUTES } from '../src/observedAttributes.js';

/** The package's entry module, as a user imports it. */
const MODULE = 'dist/roadmap-graph.js';

/**
 * The Custom Elements Manifest (schema 2.1) of `<roadmap-graph>`, shipped as
 * custom-elements.json for editors, linters and docs tools. Written from the homes of its facts:
 * the descriptions in manifest/elementApi.ts, the attribute names the element observes, the
 * events it dispatches (src/events.ts), and the theme's custom properties (the React package's
 * tokens). Throws when the descriptions and the element disagree on a name, so neither can
 * change alone.
 */
export function customElementsManifest(): Package {
  sameNames('attributes', ELEMENT_ATTRIBUTES.map((a) => a.name), OBSERVED_ATTRIBUTES);
  sameNames('events', ELEMENT_EVENTS.map((e) => e.name), Object.keys(PROPAGATION));
  const attributes: Attribute[] = ELEMENT_ATTRIBUTES.map(({ name, type, description, default: fallback }) => ({
    name,
    type: { text: type },
    description,
    ...(fallback === undefined ? {} : { default: fallback }),
  }));
  const members: ClassMember[] = ELEMENT_MEMBERS.map((member) =>
    member.kind === 'field'
      ? {
          kind: 'field',
          name: member.name,
          type: { text: member.type ?? 'unknown' },
          description: member.description,
          ...(member.static ? { static: true } : {}),
          ...(member.default === undefined ? {} : { default: member.default }),
        }
      : {
          kind: 'method',
          name: member.name,
          description: member.description,
          parameters: (member.parameters ?? []).map(({ name, type }) => ({ name, type: { text: type } })),
          return: { type: { text: member.returns ?? 'void' } },
        },
  );
  const events: Event[] = ELEMENT_EVENTS.map(({ name, detail, description }) => ({
    name,
    type: { text: `CustomEvent<${detail}>`, references: [{ name: detail, package: '@roadmap-graph/element', module: MODULE }] },
    description,
  }));
  const cssProperties: CssCustomProperty[] = themeTokensOf(PALETTE).map(({ name, purpose, light, dark }) => ({
    name,
    description: purpose,
    default: light === dark ? light : `${light} (dark theme: ${dark})`,
  }));
  const element: CustomElementDeclaration = {
    kind: 'class',
    name: 'RoadmapGraphElement',
    tagName: 'roadmap-graph',
    customElement: true,
    description: 'The interactive learning roadmap: a map of sections and topics with a topic panel, progress, search and themes, in its own shadow root.',
    superclass: { name: 'HTMLElement', module: 'global:' },
    attributes,
    members,
    events,
    slots: ELEMENT_SLOTS.map(({ name, description }) => ({ name, description })),
    cssParts: ELEMENT_PARTS.map(({ name, description }) => ({ name, description })),
    cssProperties,
  };
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: MODULE,
        declarations: [element],
        exports: [
          { kind: 'js', name: 'RoadmapGraphElement', declaration: { name: 'RoadmapGraphElement', module: MODULE } },
          { kind: 'custom-element-definition', name: 'roadmap-graph', declaration: { name: 'RoadmapGraphElement', module: MODULE } },
        ],
      },
    ],
  };
}

function sameNames(what: string, described: readonly string[], actual: readonly string[]): void {
  const missing = actual.filter((name) => !described.includes(name));
  const extra = described.filter((name) => !actual.includes(name));
  if (missing.length || extra.length) {
    throw new Error(`manifest/elementApi.ts and the element disagree on ${what}: undescribed ${JSON.stringify(missing)}, described but absent ${JSON.stringify(extra)}`);
  }
}
