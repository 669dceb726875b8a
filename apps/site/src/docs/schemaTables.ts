/** One field of an object in the roadmap format. */
export interface SchemaField {
  name: string;
  /** Readable type: `string`, `Topic[]`, `"DOWN" | "RIGHT"`… */
  type: string;
  /** Name of the table this type refers to, for a link. */
  ref: string | undefined;
  required: boolean;
  /** Limits and defaults: `1–200 characters`, `kebab-case`, `default true`… */
  constraints: string[];
  description: string;
}

/** One object of the format (Roadmap, Section, Topic…) with its fields. */
export interface SchemaTable {
  name: string;
  description: string;
  fields: SchemaField[];
}

type JsonSchema = Record<string, unknown>;

const KEBAB_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * Turns the roadmap format's JSON Schema (roadmapJsonSchema(): one `$defs` entry per object,
 * `$ref`s between them) into tables of fields for the docs, in the schema's own order. Objects
 * written inline (a layout's nodes and edges) get tables of their own, named by their path.
 */
export function schemaTables(schema: JsonSchema): SchemaTable[] {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const tables: SchemaTable[] = [];
  const visit = (name: string, node: JsonSchema, description: string): void => {
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((node.required ?? []) as string[]);
    const table: SchemaTable = { name, description, fields: [] };
    tables.push(table);
    for (const [field, property] of Object.entries(properties)) {
      const items = property.items as JsonSchema | undefined;
      const nested = property.type === 'array' && items?.type === 'object' && items.properties ? `${name}.${field}[]` : undefined;
      table.fields.push({
        name: field,
        type: nested ?? typeOf(property),
        ref: nested ?? refName(property) ?? refName(items),
        required: required.has(field),
        constraints: constraintsOf(property),
        description: typeof property.description === 'string' ? property.description : '',
      });
      if (nested && items) visit(nested, items, '');
    }
  };
  for (const [name, node] of Object.entries(defs)) visit(name, node, typeof node.description === 'string' ? node.description : '');
  return tables;
}

function refName(node: JsonSchema | undefined): string | undefined {
  const ref = node?.$ref;
  return typeof ref === 'string' ? ref.split('/').pop() : undefined;
}

function typeOf(node: JsonSchema): string {
  const ref = refName(node);
  if (ref) return ref;
  if (Array.isArray(node.enum)) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  if ('const' in node) return JSON.stringify(node.const);
  if (node.type === 'array') return `${node.items ? typeOf(node.items as JsonSchema) : 'any'}[]`;
  if (Array.isArray(node.anyOf)) return (node.anyOf as JsonSchema[]).map(typeOf).join(' | ');
  return typeof node.type === 'string' ? node.type : 'any';
}

function constraintsOf(node: JsonSchema): string[] {
  const out: string[] = [];
  const range = (min: unknown, max: unknown, [one, many]: [string, string]): void => {
    const unit = (n: number): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
    if (typeof min === 'number' && typeof max === 'number') out.push(`${min}–${unit(max)}`);
    else if (typeof max === 'number') out.push(`at most ${unit(max)}`);
    else if (typeof min === 'number' && min > 0) out.push(`at least ${unit(min)}`);
  };
  range(node.minLength, node.maxLength, ['character', 'characters']);
  range(node.minItems, node.maxItems, ['item', 'items']);
  const items = node.items as JsonSchema | undefined;
  if (items) range(items.minLength, items.maxLength, ['character each', 'characters each']);
  if (typeof node.minimum === 'number') out.push(`≥ ${node.minimum}`);
  if (node.pattern === KEBAB_PATTERN) out.push('kebab-case');
  else if (typeof node.pattern === 'string') out.push(`matches ${node.pattern}`);
  if ('default' in node) out.push(`default ${JSON.stringify(node.default)}`);
  return out;
}
