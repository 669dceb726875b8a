import manifest from '@roadmap-graph/element/custom-elements.json';

/** A row of the element reference: a name, its type or payload, and what it does. */
export interface ApiRow {
  name: string;
  type: string;
  description: string;
}

// The element's own description of itself (custom-elements.json, written at its build from
// packages/element/manifest/elementApi.ts), so the docs page and the package say the same.
const element = manifest.modules[0]!.declarations[0]!;

/** Attributes of `<roadmap-graph>`; each is live: changing it updates the map. */
export const ELEMENT_ATTRIBUTES: readonly ApiRow[] = element.attributes.map((attribute) => ({
  name: attribute.name,
  type: 'default' in attribute ? `${attribute.type.text} (default ${attribute.default})` : attribute.type.text,
  description: attribute.description,
}));

/** Properties and methods of the element, and the static settings of its class. */
export const ELEMENT_PROPERTIES: readonly ApiRow[] = element.members.map((member) =>
  member.kind === 'method'
    ? {
        name: `${member.name}(${(member.parameters ?? []).map((parameter) => parameter.name).join(', ')})`,
        type: member.return?.type.text === 'void' ? 'method' : `method → ${member.return?.type.text}`,
        description: member.description,
      }
    : {
        name: 'static' in member ? `RoadmapGraphElement.${member.name}` : member.name,
        type: `${'static' in member ? 'static ' : ''}${member.type?.text}`,
        description: member.description,
      },
);

/** Events of the element: CustomEvents that bubble and are composed (they leave any shadow root), `error` excepted. */
export const ELEMENT_EVENTS: readonly ApiRow[] = element.events.map((event) => ({
  name: event.name,
  type: event.type.text,
  description: event.description,
}));
