import { THEME_TOKENS } from '@roadmap-graph/react';

const isColour = (value: string): boolean => /^(#|rgba?\()/.test(value);

function Value({ value }: { value: string }) {
  return (
    <span className="docs-token">
      {isColour(value) && <span className="docs-swatch" style={{ background: value }} aria-hidden="true" />}
      <code>{value}</code>
    </span>
  );
}

/** Every CSS custom property of the map's theme (THEME_TOKENS) with its light and dark value. */
export function ThemeReference() {
  return (
    <div className="docs-table" tabIndex={0} role="region" aria-label="Theme properties">
      <table>
        <caption>Theme properties (on <code>.rg-root</code>, or on the <code>roadmap-graph</code> element)</caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">What it paints</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          {THEME_TOKENS.map((token) => (
            <tr key={token.name}>
              <th scope="row">
                <code>{token.name}</code>
              </th>
              <td>{token.purpose}</td>
              <td>
                <Value value={token.light} />
              </td>
              <td>
                <Value value={token.dark} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
