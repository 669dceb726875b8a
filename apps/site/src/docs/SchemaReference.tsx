import schema, { LIMITS } from 'virtual:roadmap-schema';
import { InlineCode } from './InlineCode.js';
import { schemaTables } from './schemaTables.js';

const TABLES = schemaTables(schema);
const anchor = (name: string): string => `schema-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '')}`;

const LIMIT_NAMES: Record<string, string> = {
  maxInputBytes: 'input size',
  maxTopics: 'topics',
  maxSections: 'sections',
  maxTopicDepth: 'levels of subtopics',
  maxJsonDepth: 'levels of JSON nesting',
  maxIdLength: 'characters in an id',
  maxTitleLength: 'characters in a title',
  maxDescriptionLength: 'characters in a description',
  maxUrlLength: 'characters in a URL',
  maxListLength: 'entries in a list (requires, tags, resources)',
};

const formatLimit = (name: string, value: number): string =>
  name === 'maxInputBytes' ? `${value / 1024 / 1024} MB of input` : `${value.toLocaleString('en')} ${LIMIT_NAMES[name] ?? name}`;

/**
 * The roadmap format's reference, one table per object, generated when the site is built from
 * the JSON Schema the core validates with (roadmapJsonSchema()).
 */
export function SchemaReference() {
  return (
    <>
      {TABLES.map((table) => (
        <div key={table.name} className="docs-table" tabIndex={0} role="region" aria-labelledby={anchor(table.name)}>
          <table>
            <caption id={anchor(table.name)}>
              <code>{table.name}</code>
              {table.description && (
                <>
                  {' '}
                  — <InlineCode text={table.description} />
                </>
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Type</th>
                <th scope="col">Rules</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {table.fields.map((field) => (
                <tr key={field.name}>
                  <th scope="row">
                    <code>{field.name}</code>
                    {field.required ? <span className="docs-required"> required</span> : null}
                  </th>
                  <td>
                    {field.ref ? (
                      <a href={`#${anchor(field.ref)}`}>
                        <code>{field.type}</code>
                      </a>
                    ) : (
                      <code>{field.type}</code>
                    )}
                  </td>
                  <td>{field.constraints.join(', ')}</td>
                  <td>
                    <InlineCode text={field.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p>
        Limits, each named in the error that hits it: at most{' '}
        {Object.entries(LIMITS)
          .map(([name, value]) => formatLimit(name, value))
          .join(', ')}
        .
      </p>
    </>
  );
}
