import { LEVELS } from '../schema/roadmapValues.js';
import { suggestId } from '../validate/suggestId.js';

/**
 * What an attribute block says. Values are kept as written, even invalid ones (`level=expert`,
 * `optional=maybe`), so that validation reports them with their place instead of the importer
 * dropping them quietly.
 */
export interface Attributes {
  id?: string;
  level?: string;
  optional?: boolean | string;
  choice?: boolean | string;
  requires?: string[];
  tags?: string[];
}

/** The names an attribute block understands, for "did you mean" hints. */
export const ATTRIBUTE_NAMES = ['id', 'level', 'optional', 'choice', 'requires', 'tags', ...LEVELS] as const;

interface Token {
  name: string;
  /** `undefined` for a bare word (`optional`), the comma-separated items after `=` otherwise. */
  values: string[] | undefined;
}

/**
 * Reads the inside of a `{...}` block: `#id`, bare flags (`optional`, `choice`, `beginner`...)
 * and `key=value` pairs whose value is a comma-separated list. An item may be double-quoted to
 * hold spaces, commas or braces (`tags="machine learning",ml`), with `\"` and `\\` inside quotes.
 *
 * @returns the attributes and a message for each part that could not be used.
 */
export function parseAttributes(content: string): { attributes: Attributes; problems: string[] } {
  const problems: string[] = [];
  const attributes: Attributes = {};
  const seen = new Set<string>();
  for (const { name, values } of readTokens(content, problems)) {
    const key = name === '#' ? 'id' : (LEVELS as readonly string[]).includes(name) && !values ? 'level' : name;
    if (seen.has(key)) problems.push(`attribute "${key}" is given twice; the last one is used`);
    seen.add(key);
    switch (key) {
      case 'id':
      case 'level':
        if (!values && name !== key) attributes.level = name;
        else if (!values) problems.push(`attribute "${key}" needs a value`);
        else if (values.length !== 1 || !values[0]) problems.push(`attribute "${key}" needs exactly one value`);
        else attributes[key] = values[0];
        break;
      case 'optional':
      case 'choice':
        attributes[key] = !values ? true : readFlag(values);
        break;
      case 'requires':
      case 'tags':
        attributes[key] = (values ?? []).map((v) => v.trim()).filter(Boolean);
        break;
      default: {
        const hint = suggestId(name, ATTRIBUTE_NAMES);
        problems.push(`unknown attribute "${name}" ignored${hint ? ` (did you mean "${hint}"?)` : ''}`);
      }
    }
  }
  return { attributes, problems };
}

function readFlag(values: string[]): boolean | string {
  const value = values.join(',');
  return value === 'true' ? true : value === 'false' ? false : value;
}

function readTokens(content: string, problems: string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < content.length) {
    if (isSpace(content[i]!)) {
      i++;
      continue;
    }
    if (content[i] === '#') {
      const item = readItem(content, i + 1, false, problems);
      tokens.push({ name: '#', values: [item.text] });
      i = item.end;
      continue;
    }
    let j = i;
    while (j < content.length && !isSpace(content[j]!) && content[j] !== '=' && content[j] !== '"') j++;
    const name = content.slice(i, j);
    if (content[j] === '"') {
      problems.push(`unexpected quote in attribute "${name}"`);
      i = readItem(content, j, false, problems).end;
      continue;
    }
    if (!name) problems.push('attribute value without a name ignored');
    if (content[j] !== '=') {
      if (name) tokens.push({ name, values: undefined });
      i = j;
      continue;
    }
    const values: string[] = [];
    let item = readItem(content, j + 1, true, problems);
    values.push(item.text);
    while (content[item.end] === ',') {
      item = readItem(content, item.end + 1, true, problems);
      values.push(item.text);
    }
    if (name) tokens.push({ name, values: values.length === 1 && values[0] === '' ? [] : values });
    i = item.end;
  }
  return tokens;
}

/** Reads one value up to whitespace (or a comma in a list), joining bare and quoted parts. */
function readItem(content: string, start: number, inList: boolean, problems: string[]): { text: string; end: number } {
  let text = '';
  let i = start;
  while (i < content.length && !isSpace(content[i]!) && !(inList && content[i] === ',')) {
    if (content[i] !== '"') {
      text += content[i++];
      continue;
    }
    i++;
    while (i < content.length && content[i] !== '"') {
      if (content[i] === '\\' && i + 1 < content.length) i++;
      text += content[i++];
    }
    if (i >= content.length) problems.push('a quoted value is not closed');
    i++;
  }
  return { text, end: Math.min(i, content.length) };
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
