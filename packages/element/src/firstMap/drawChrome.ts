import type { LabelsInUse } from '@roadmap-graph/react/internal';
import { html, styled, svg } from './dom.js';

/** What the bars around the first map show; see {@link drawToolbar} and {@link drawMapBar}. */
export interface ChromeInput {
  /** Topics done and in all, for the progress meter. */
  done: number;
  total: number;
  /** The toolbar takes one row (a phone-width map): the search and a menu button. */
  compact: boolean;
  search: boolean;
  /** The reader may switch to the outline. */
  outlineToggle: boolean;
  /** The toolbar offers a link to the reader's progress (`hash-links`). */
  shareLink: boolean;
  /** The element's words and their number format. */
  words: LabelsInUse;
}

// The words and controls of the React package's Toolbar, ToolbarMenu, ProgressMeter and
// MapControls, as they first render (nothing typed, menu and legend closed). They only have to
// look the same for the moment before the interactive map takes over, which replays presses
// on them there (see createHandOver).

const button = (text: string): HTMLElement => html('button', { type: 'button', class: 'rg-toolbar__button' }, [text]);

function icon(d: string, round = true): Element {
  return svg('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', focusable: 'false' }, [
    svg('path', { d, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.75, 'stroke-linecap': 'round', 'stroke-linejoin': round ? 'round' : null }),
  ]);
}

function progressMeter(done: number, total: number, { labels, format }: LabelsInUse): Element {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return html('div', { class: 'rg-toolbar__progress' }, [
    html('span', { class: 'rg-toolbar__progress-text' }, [labels.doneOfTotal(done, total, format)]),
    html('div', { class: 'rg-toolbar__bar', 'aria-hidden': 'true' }, [styled(html('div', { class: 'rg-toolbar__bar-fill' }), { width: `${percent}%` })]),
  ]);
}

/** The toolbar above the map, as the React package's Toolbar first renders. */
export function drawToolbar(input: ChromeInput): HTMLElement {
  const { labels, format } = input.words;
  const actions = html('div', { class: 'rg-toolbar__actions' }, [
    button(labels.resetProgress),
    button(labels.exportProgress),
    button(labels.importProgress),
    input.shareLink && button(labels.shareProgress),
    input.outlineToggle && html('button', { type: 'button', class: 'rg-toolbar__button', 'aria-pressed': 'false' }, [labels.outline]),
  ]);
  const menu = html('div', { class: 'rg-toolbar__menu' }, [
    html('button', { type: 'button', class: 'rg-toolbar__button rg-toolbar__menu-button', 'aria-expanded': 'false' }, [
      html('span', { class: 'rg-toolbar__menu-count' }, [`${format.number(input.done)}/${format.number(input.total)}`]),
      html('span', { class: 'rg-visually-hidden' }, [` ${labels.menuButton}`]),
      icon('M2.5 4h11M2.5 8h11M2.5 12h11', false),
    ]),
  ]);
  return html('div', { class: 'rg-toolbar-area' }, [
    html('div', { class: input.compact ? 'rg-toolbar rg-toolbar--compact' : 'rg-toolbar', part: 'toolbar', role: 'group', 'aria-label': labels.toolbar }, [
      input.search &&
        html('div', { class: 'rg-toolbar__search', role: 'search' }, [
          html('input', { class: 'rg-toolbar__input', type: 'search', placeholder: labels.searchTopics, 'aria-label': labels.searchTopics, autocomplete: 'off', spellcheck: 'false' }),
          html('span', { class: 'rg-toolbar__count' }),
        ]),
      ...(input.compact ? [menu] : [progressMeter(input.done, input.total, input.words), actions]),
    ]),
  ]);
}

/** The bar under the map (zoom, fit, outline, legend, credit), as MapControls first renders. */
export function drawMapBar(input: Pick<ChromeInput, 'outlineToggle' | 'words'>): HTMLElement {
  const { labels } = input.words;
  const control = (label: string, d: string, pressed?: boolean): Element =>
    html('button', { type: 'button', class: 'rg-controls__button', 'aria-label': label, title: label, 'aria-pressed': pressed === undefined ? null : String(pressed) }, [icon(d)]);
  return html('div', { class: 'rg-map-bar', part: 'map-bar' }, [
    html('div', { class: 'rg-controls', role: 'group', 'aria-label': labels.mapControls }, [
      control(labels.zoomOut, 'M3 8h10'),
      control(labels.zoomIn, 'M8 3v10M3 8h10'),
      control(labels.fit, 'M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10'),
      input.outlineToggle && control(labels.showOutline, 'M5.5 4h8M5.5 8h8M5.5 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01', false),
    ]),
    html('details', { class: 'rg-legend rg-legend--bar' }, [html('summary', { class: 'rg-legend__summary' }, [labels.legend])]),
    html('a', { class: 'rg-map-bar__credit', href: 'https://reactflow.dev', target: '_blank', rel: 'noopener noreferrer' }, ['React Flow']),
  ]);
}
