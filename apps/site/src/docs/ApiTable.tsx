import type { ApiRow } from './elementApi.js';
import { InlineCode } from './InlineCode.js';

/** A table of names, types and descriptions (attributes, properties, events). */
export function ApiTable({ caption, rows, typeHeader = 'Type' }: { caption: string; rows: readonly ApiRow[]; typeHeader?: string }) {
  return (
    <div className="docs-table" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">{typeHeader}</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td>
                <code>{row.type}</code>
              </td>
              <td>
                <InlineCode text={row.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
