import { useId, useState, type KeyboardEvent } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import { MatchList } from './MatchList.js';
import type { ToolbarProps } from './types.js';

type SearchBoxProps = Pick<ToolbarProps, 'query' | 'onQueryChange' | 'search' | 'onOpenMatch' | 'describeTopic'>;


/**
 * The search field, a combobox (ARIA 1.2): as the reader types, matches light up on the map and
 * a list of them opens under the field, each with its section and why it matched. Arrow keys
 * move through the list (the map follows the active match), Enter or a click opens the topic,
 * Esc closes the list and then clears the field.
 */
export function SearchBox({ query, onQueryChange, search, onOpenMatch, describeTopic }: SearchBoxProps) {
  const { labels, format } = useLabels();
  const inputId = useId();
  const countId = useId();
  const listId = useId();
  // The list closes on Esc, on a pick and when focus leaves; typing opens it again.
  const [listOpen, setListOpen] = useState(true);
  const results = search.results;
  const expanded = listOpen && query.trim() !== '' && results.length > 0;
  const optionId = (index: number): string => `${listId}-${index}`;

  const open = (index: number): void => {
    const match = results[index];
    if (!match) return;
    search.setActive(index);
    setListOpen(false);
    onOpenMatch?.(match.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      setListOpen(true);
      if (event.key === 'ArrowDown') search.next();
      else search.previous();
    } else if (event.key === 'Enter') {
      if (results.length === 0) return;
      event.preventDefault();
      open(Math.max(search.activeIndex, 0));
    } else if (event.key === 'Escape' && (expanded || query !== '')) {
      // Handled here, so an Esc meant for the search does not also close the topic panel.
      event.preventDefault();
      event.stopPropagation();
      if (expanded) setListOpen(false);
      else onQueryChange('');
    }
  };

  return (
    <div role="search" className="rg-toolbar__search">
      <label htmlFor={inputId} className="rg-toolbar__hidden">
        {labels.searchTopics}
      </label>
      <input
        id={inputId}
        className="rg-toolbar__input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && search.activeIndex >= 0 ? optionId(search.activeIndex) : undefined}
        placeholder={labels.searchTopics}
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={countId}
        onChange={(event) => {
          setListOpen(true);
          onQueryChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          // A press on an option moves focus into the list first: keep it open for the click.
          if (!event.relatedTarget || !(event.relatedTarget as Element).closest?.(`[id="${listId}"]`)) setListOpen(false);
        }}
        onFocus={() => setListOpen(true)}
      />
      <span id={countId} className="rg-toolbar__count" role="status">
        {query.trim() === '' ? '' : results.length === 0 ? labels.noMatches : labels.matchPosition(search.activeIndex + 1, results.length, format)}
      </span>
      <MatchList
        id={listId}
        optionId={optionId}
        results={results}
        activeIndex={search.activeIndex}
        hidden={!expanded}
        describeTopic={describeTopic}
        onPick={open}
      />
    </div>
  );
}
