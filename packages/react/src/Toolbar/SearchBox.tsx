import { useId, useState, type KeyboardEvent } from 'react';
import type { ToolbarProps } from './types.js';

type SearchBoxProps = Pick<ToolbarProps, 'query' | 'onQueryChange' | 'search' | 'onActivateMatch'>;

function countText(query: string, matches: number, active: number): string {
  if (query.trim() === '') return '';
  return matches === 0 ? 'No matches' : `${active + 1} of ${matches}`;
}

/** The search field: match count, Enter / Shift+Enter to go through matches, Esc to clear. */
export function SearchBox({ query, onQueryChange, search, onActivateMatch }: SearchBoxProps) {
  const inputId = useId();
  const countId = useId();
  // The first Enter after typing goes to the match already shown as active ("1 of 7"); only
  // later presses move on. Remembering the query it happened for resets this on every edit.
  const [wentTo, setWentTo] = useState<string | undefined>(undefined);
  const hasMatches = search.matches.length > 0;

  const go = (backwards: boolean): void => {
    if (!hasMatches) return;
    let id: string | undefined;
    if (wentTo !== query && !backwards) id = search.matches[Math.max(search.activeIndex, 0)];
    else id = backwards ? search.previous() : search.next();
    setWentTo(query);
    if (id !== undefined) onActivateMatch?.(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey);
    } else if (event.key === 'Escape' && query !== '') {
      // Handled here, so an Esc that clears the search does not also close the topic panel.
      event.preventDefault();
      event.stopPropagation();
      onQueryChange('');
    }
  };

  return (
    <div role="search" className="rg-toolbar__search">
      <label htmlFor={inputId} className="rg-toolbar__hidden">
        Search topics
      </label>
      <input
        id={inputId}
        className="rg-toolbar__input"
        type="search"
        placeholder="Search topics"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={countId}
        onChange={(event) => {
          setWentTo(undefined);
          onQueryChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={countId} className="rg-toolbar__count" role="status">
        {countText(query, search.matches.length, search.activeIndex)}
      </span>
      <button type="button" className="rg-toolbar__button rg-toolbar__button--icon" aria-label="Previous match" disabled={!hasMatches} onClick={() => go(true)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="rg-toolbar__button rg-toolbar__button--icon" aria-label="Next match" disabled={!hasMatches} onClick={() => go(false)}>
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
