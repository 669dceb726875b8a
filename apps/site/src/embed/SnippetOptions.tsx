import type { EmbedAttributes } from './buildSnippet.js';
import type { TopicGroup } from './topicChoices.js';

/** Which roadmap the snippet embeds and how the script is loaded. */
export interface SnippetChoices {
  roadmap: 'python' | 'draft';
  /** How a playground draft travels inline: as its Markdown outline, or as JSON with a baked layout. */
  inlineAs: 'markdown' | 'json';
  scriptKind: 'module' | 'classic';
}

/** Props of {@link SnippetOptions}. */
export interface SnippetOptionsProps {
  choices: SnippetChoices;
  onChoicesChange: (choices: SnippetChoices) => void;
  attributes: EmbedAttributes;
  onAttributesChange: (attributes: EmbedAttributes) => void;
  /** Why the playground draft cannot be embedded, if it cannot. */
  draftUnavailable: string | undefined;
  /** Whether the draft is a Markdown outline (it can then travel as Markdown). */
  draftIsMarkdown: boolean;
  topics: TopicGroup[];
}

/** The form of the embed page: the roadmap, the script, and each attribute of the element. */
export function SnippetOptions(props: SnippetOptionsProps) {
  const { choices, attributes, draftUnavailable, topics } = props;
  const choose = (change: Partial<SnippetChoices>): void => props.onChoicesChange({ ...choices, ...change });
  const set = (change: Partial<EmbedAttributes>): void => props.onAttributesChange({ ...attributes, ...change });
  const progressMode = attributes.progress === '' ? 'browser' : attributes.progress === 'off' ? 'off' : 'key';
  return (
    <form className="embed-options" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Roadmap</legend>
        <label className="embed-choice">
          <input type="radio" name="roadmap" checked={choices.roadmap === 'python'} onChange={() => choose({ roadmap: 'python' })} />
          Python backend roadmap <span className="embed-hint">loaded from this site by URL, layout baked in</span>
        </label>
        <label className="embed-choice">
          <input
            type="radio"
            name="roadmap"
            checked={choices.roadmap === 'draft'}
            disabled={draftUnavailable !== undefined}
            onChange={() => choose({ roadmap: 'draft' })}
          />
          My playground draft <span className="embed-hint">{draftUnavailable ?? 'written into the page itself'}</span>
        </label>
        {choices.roadmap === 'draft' && (
          <label className="embed-field">
            <span>Inline as</span>
            <select className="site-select" value={choices.inlineAs} onChange={(event) => choose({ inlineAs: event.target.value as SnippetChoices['inlineAs'] })}>
              <option value="json">JSON with baked layout (draws at once)</option>
              <option value="markdown" disabled={!props.draftIsMarkdown}>
                Markdown outline (readable; laid out in the reader&apos;s browser)
              </option>
            </select>
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>Script</legend>
        <label className="embed-choice">
          <input type="radio" name="script" checked={choices.scriptKind === 'module'} onChange={() => choose({ scriptKind: 'module' })} />
          ES module <code>roadmap-graph.js</code>
        </label>
        <label className="embed-choice">
          <input type="radio" name="script" checked={choices.scriptKind === 'classic'} onChange={() => choose({ scriptKind: 'classic' })} />
          Classic script <code>roadmap-graph.iife.js</code>
        </label>
      </fieldset>
      <fieldset>
        <legend>Attributes</legend>
        <label className="embed-field">
          <span>
            Theme <code>theme</code>
          </span>
          <select className="site-select" value={attributes.theme} onChange={(event) => set({ theme: event.target.value as EmbedAttributes['theme'] })}>
            <option value="auto">Follow the reader&apos;s system (auto)</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label className="embed-field">
          <span>
            Height in pixels <code>height</code>
          </span>
          <input
            className="site-input"
            type="number"
            min={240}
            max={4000}
            step={20}
            placeholder="600"
            value={attributes.height}
            onChange={(event) => set({ height: event.target.value })}
          />
        </label>
        <label className="embed-field">
          <span>
            Flow <code>direction</code>
          </span>
          <select className="site-select" value={attributes.direction} onChange={(event) => set({ direction: event.target.value as EmbedAttributes['direction'] })}>
            <option value="">As laid out in the data</option>
            <option value="DOWN">Top to bottom</option>
            <option value="RIGHT">Left to right (computed in the reader&apos;s browser)</option>
          </select>
        </label>
        <label className="embed-field">
          <span>
            Open on load <code>topic</code>
          </span>
          <select className="site-select" value={attributes.topic} onChange={(event) => set({ topic: event.target.value })}>
            <option value="">No topic</option>
            {topics.map((group) => (
              <optgroup key={group.section} label={group.section}>
                {group.topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="embed-field">
          <span>
            Progress <code>progress</code>
          </span>
          <select
            className="site-select"
            value={progressMode}
            onChange={(event) => set({ progress: event.target.value === 'browser' ? '' : event.target.value === 'off' ? 'off' : 'my-roadmap' })}
          >
            <option value="browser">Remembered in the reader&apos;s browser</option>
            <option value="off">Off (no progress marks)</option>
            <option value="key">Remembered under my own storage key</option>
          </select>
        </label>
        {progressMode === 'key' && (
          <label className="embed-field">
            <span>Storage key</span>
            <input className="site-input" value={attributes.progress} onChange={(event) => set({ progress: event.target.value.replace(/\s/g, '') || 'my-roadmap' })} />
          </label>
        )}
        <label className="embed-check">
          <input type="checkbox" checked={attributes.hashLinks} onChange={(event) => set({ hashLinks: event.target.checked })} />
          Deep links <code>hash-links</code> <span className="embed-hint">#topic=flask opens Flask</span>
        </label>
        <label className="embed-check">
          <input type="checkbox" checked={attributes.search} onChange={(event) => set({ search: event.target.checked })} />
          Search box <code>search</code>
        </label>
        <label className="embed-field">
          <span>
            Outline, the text version of the map <code>outline</code>
          </span>
          <select className="site-select" value={attributes.outline} onChange={(event) => set({ outline: event.target.value as EmbedAttributes['outline'] })}>
            <option value="toggle">A button switches to it</option>
            <option value="open">Shown first (the map a button away)</option>
            <option value="off">Map only</option>
          </select>
        </label>
      </fieldset>
    </form>
  );
}
