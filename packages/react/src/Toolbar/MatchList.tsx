import { useLabels } from '../labels/LabelsContext.js';
import type { SearchMatch } from '../search/searchTopics.js';

/** Most matches the list shows; the count says how many there are in all. */
const SHOWN = 50;

/** Props of {@link MatchList}. */
export interface MatchListProps {
  id: string;
  /** Id of the option at an index, for the field's `aria-activedescendant`. */
  optionId(index: number): string;
  results: readonly SearchMatch[];
  activeIndex: number;
  /** Kept in the DOM while hidden, so the combobox's `aria-controls` always points somewhere. */
  hidden: boolean;
  /** Title and section of a topic, as the list shows them. */
  describeTopic?: (id: string) => { title: string; section: string };
  onPick(index: number): void;
}

/**
 * The list of search matches under the search field: each topic's title, its section, and why
 * it matched when it was not by its title ("tag: jwt"). A listbox of the combobox; options are
 * picked with a click (the field keeps focus; arrows and Enter work from there).
 */
export function MatchList({ id, optionId, results, activeIndex, hidden, describeTopic, onPick }: MatchListProps) {
  const { labels, format } = useLabels();
  return (
    <ul id={id} role="listbox" aria-label={labels.matchingTopics} className="rg-matches" hidden={hidden} tabIndex={-1}>
      {results.slice(0, SHOWN).map((match, index) => {
        const described = describeTopic?.(match.id);
        const why = match.reason.field === 'title' ? undefined : labels.matchReason(match.reason.field, match.reason.text);
        return (
          <li
            key={match.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'rg-matches__option rg-matches__option--active' : 'rg-matches__option'}
            // mousedown, not click: the field must not lose focus (and close the list) first.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(index);
            }}
          >
            <span className="rg-matches__title">{described?.title ?? match.id}</span>
            {(described?.section || why) && (
              <span className="rg-matches__detail">
                {described?.section}
                {described?.section && why ? ' · ' : ''}
                {why && <span className="rg-matches__why">{why}</span>}
              </span>
            )}
          </li>
        );
      })}
      {results.length > SHOWN && (
        <li role="presentation" className="rg-matches__more">
          {labels.moreMatches(results.length - SHOWN, format)}
        </li>
      )}
    </ul>
  );
}
