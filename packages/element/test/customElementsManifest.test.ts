// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClassField, ClassMethod, CustomElementDeclaration } from 'custom-elements-manifest/schema.js';
import { describe, expect, it } from 'vitest';
import { customElementsManifest } from '../build/customElementsManifest.js';
import { RoadmapGraphElement } from '../src/RoadmapGraphElement.js';

// custom-elements.json against the element itself, from the sources (no build needed): a member,
// event or part added to the element and not to manifest/elementApi.ts (or the other way round)
// fails here. The packed file is checked against the schema by tests/element/package.test.ts.

const manifest = customElementsManifest();
const element = manifest.modules[0]?.declarations?.[0] as CustomElementDeclaration;
const members = element.members ?? [];
const sorted = (names: Iterable<string>): string[] => [...names].sort();
const LIFECYCLE = ['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback'];

/** Every `.ts`/`.tsx` file under `folder`, skipping tests. */
function sources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\./.test(file))
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}
const SOURCES = {
  element: sources(fileURLToPath(new URL('../src/', import.meta.url))),
  react: sources(fileURLToPath(new URL('../../react/src/', import.meta.url))),
};

describe('custom-elements.json', () => {
  it('describes <roadmap-graph>, the class the ES module exports', () => {
    expect(element).toMatchObject({ kind: 'class', name: 'RoadmapGraphElement', tagName: 'roadmap-graph', customElement: true });
    expect(manifest.modules[0]?.exports?.map((entry) => entry.kind).sort()).toEqual(['custom-element-definition', 'js']);
  });

  it('lists the attributes the element observes', () => {
    expect(sorted(element.attributes?.map((attribute) => attribute.name) ?? [])).toEqual(sorted(RoadmapGraphElement.observedAttributes));
  });

  it('lists the public properties and methods of the element, and its static settings', () => {
    const prototype = RoadmapGraphElement.prototype;
    const own = Object.getOwnPropertyNames(prototype).filter((name) => !LIFECYCLE.includes(name));
    const described = members.filter((member) => !member.static);
    expect(sorted(described.map((member) => member.name))).toEqual(sorted(own));
    for (const member of described) {
      const property = Object.getOwnPropertyDescriptor(prototype, member.name);
      if (member.kind === 'method') expect(typeof property?.value, member.name).toBe('function');
      else expect(property?.get, member.name).toBeTypeOf('function');
    }
    const statics = Object.getOwnPropertyNames(RoadmapGraphElement).filter((name) => !['length', 'name', 'prototype', 'observedAttributes'].includes(name));
    expect(sorted(members.filter((member) => member.static).map((member) => member.name))).toEqual(sorted(statics));
  });

  it('gives each method its parameters as the element takes them', () => {
    for (const method of members.filter((member): member is ClassMethod => member.kind === 'method')) {
      const implementation = RoadmapGraphElement.prototype[method.name as 'openTopic'] as (...args: unknown[]) => unknown;
      expect(method.parameters?.length ?? 0, method.name).toBe(implementation.length);
    }
    const fields = members.filter((member): member is ClassField => member.kind === 'field');
    expect(fields.every((field) => field.type?.text)).toBe(true);
  });

  it('lists the events the element dispatches, each with its detail type', () => {
    // Every event of the element goes through emit() (src/events.ts), whose table the manifest is
    // checked against (the first map's hand-over replays only the DOM's own input and key events).
    const dispatching = SOURCES.element.filter((text) => text.includes('dispatchEvent(new CustomEvent'));
    expect(dispatching).toHaveLength(1);
    expect(dispatching[0]).toContain('export function emit<K extends keyof RoadmapGraphEventMap>');
    expect(element.events?.map((event) => event.type?.text)).toEqual([
      'CustomEvent<ReadyDetail>',
      'CustomEvent<TopicSelectDetail>',
      'CustomEvent<ProgressChangeDetail>',
      'CustomEvent<ErrorDetail>',
    ]);
  });

  it('lists the parts and the slot the shadow root renders', () => {
    const all = [...SOURCES.element, ...SOURCES.react];
    const rendered = new Set(all.flatMap((text) => [...text.matchAll(/\bpart="([\w-]+)"/g)].map((match) => match[1] as string)));
    expect(sorted(element.cssParts?.map((part) => part.name) ?? [])).toEqual(sorted(rendered));
    // One slot, the placeholder's default slot for the page's fallback; none in JSX.
    const slots = all.flatMap((text) => [...text.matchAll(/<slot\b|createElement\('slot'\)/g)].map((match) => match[0]));
    expect(slots).toEqual(["createElement('slot')"]);
    expect(element.slots?.map((slot) => slot.name)).toEqual(['']);
  });

  it('lists the theme’s custom properties with their defaults', () => {
    const properties = element.cssProperties ?? [];
    expect(properties.length).toBeGreaterThan(10);
    for (const property of properties) {
      expect(property.name).toMatch(/^--rg-[a-z-]+$/);
      expect(property.description, property.name).toBeTruthy();
      expect(property.default, property.name).toBeTruthy();
    }
    expect(properties.map((property) => property.name)).toEqual(expect.arrayContaining(['--rg-accent', '--rg-font-family', '--rg-radius']));
  });
});
