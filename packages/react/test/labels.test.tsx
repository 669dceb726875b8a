import { LEVELS, RESOURCE_TYPES, TOPIC_STATES } from '@roadmap-graph/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabelFormat } from '../src/labels/LabelFormat.js';
import { englishLabels } from '../src/labels/english.js';
import { frenchLabels } from '../src/labels/fr.js';
import { mergeLabels } from '../src/labels/mergeLabels.js';
import type { RoadmapLabels, RoadmapLabelsInput } from '../src/labels/RoadmapLabels.js';
import { RoadmapGraph } from '../src/RoadmapGraph/index.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import { roadmap } from './mapFixture.js';

// A full translation must have every key: leaving one out fails `pnpm typecheck`.
const { skipPast: _left, ...withoutOne } = frenchLabels;
// @ts-expect-error skipPast is missing
const incomplete: RoadmapLabels = withoutOne;
void incomplete;

/** Each label, the counting ones called with counts 0, 1, 2 and 1234, the others with sample text. */
function samples(labels: RoadmapLabels, lang: string): string[] {
  const f = createLabelFormat(lang);
  const texts: string[] = [];
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'object') texts.push(...Object.values(value as Record<string, string>));
    else if (!COUNTING.has(key as keyof RoadmapLabels)) texts.push(String((value as (...text: string[]) => unknown)('X', 'Y')));
  }
  for (const n of [0, 1, 2, 1234]) {
    texts.push(
      labels.sharedProgress(n, n + 1, f),
      labels.progressChanged('Flask', labels.states.done, n, n + 1, f),
      labels.progressImported(n, f),
      labels.doneOfTotal(n, n + 1, f),
      labels.topicsDone(n, n + 1, f),
      labels.matchPosition(n, n + 1, f),
      labels.moreMatches(n, f),
      labels.progressValue(n, n + 1, f),
      labels.importQuestion(n, f),
      labels.imported(n, n, f),
      labels.importedNothing('file.json', n, f),
      labels.prerequisiteCount(n, f),
      labels.subtopicCount(n, f),
      labels.inProgressCount(n, f),
      labels.problems(n, f),
      labels.progressFileProblem({ kind: 'too-large', megabytes: n }),
    );
  }
  texts.push(labels.alternatives('CHIP').join(''), labels.mapHelp(true), labels.mapHelp(false));
  return texts;
}

/** The labels that take counts (and a LabelFormat), called one by one above. */
const COUNTING = new Set<keyof RoadmapLabels>([
  'sharedProgress', 'progressChanged', 'progressImported', 'doneOfTotal', 'topicsDone', 'matchPosition', 'moreMatches',
  'progressValue', 'importQuestion', 'imported', 'importedNothing', 'prerequisiteCount', 'subtopicCount', 'inProgressCount',
  'problems', 'progressFileProblem', 'alternatives', 'mapHelp',
]);

describe('labels', () => {
  it('English and French have the same keys, and every grouped word', () => {
    expect(Object.keys(frenchLabels).sort()).toEqual(Object.keys(englishLabels).sort());
    for (const labels of [englishLabels, frenchLabels]) {
      expect(Object.keys(labels.states).sort()).toEqual([...TOPIC_STATES].sort());
      expect(Object.keys(labels.levels).sort()).toEqual([...LEVELS].sort());
      expect(Object.keys(labels.resourceTypes).sort()).toEqual([...RESOURCE_TYPES].sort());
      expect(Object.keys(labels.resourceGroups).sort()).toEqual([...RESOURCE_TYPES].sort());
    }
  });

  it('every label gives text, whatever the count', () => {
    for (const [labels, lang] of [[englishLabels, 'en'], [frenchLabels, 'fr']] as const) {
      for (const text of samples(labels, lang)) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('counts with the language’s plurals and numbers', () => {
    const en = createLabelFormat('en');
    const fr = createLabelFormat('fr');
    expect(englishLabels.topicsDone(1, 1, en)).toBe('1 of 1 topic done');
    expect(englishLabels.topicsDone(0, 1234, en)).toBe('0 of 1,234 topics done');
    // French counts 0 and 1 in the singular, and groups thousands with a narrow no-break space.
    expect(frenchLabels.topicsDone(0, 3, fr)).toBe('0 sujet terminé sur 3');
    expect(frenchLabels.topicsDone(1234, 2000, fr)).toBe('1\u202f234 sujets terminés sur 2\u202f000');
    expect(frenchLabels.progressValue(1, 4, fr)).toBe('1 sujet terminé sur 4 (25\u00a0%)');
  });

  it('merges partial labels over English, word by word, ignoring values of the wrong kind', () => {
    const merged = mergeLabels({ zoomIn: 'Closer', states: { done: 'Finished' }, zoomOut: 42, fit: null } as unknown as RoadmapLabelsInput);
    expect(merged.zoomIn).toBe('Closer');
    expect(merged.states).toEqual({ ...englishLabels.states, done: 'Finished' });
    expect(merged.zoomOut).toBe(englishLabels.zoomOut);
    expect(merged.fit).toBe(englishLabels.fit);
    expect(mergeLabels(undefined)).toBe(englishLabels);
  });

  it('falls back to English numbers for a language tag Intl rejects', () => {
    expect(createLabelFormat('not a tag!').lang).toBe('en');
    expect(createLabelFormat('').number(1234)).toBe('1,234');
  });
});

// Lets the component measure a wide box, so the toolbar is not compact and the panel docks.
class WideResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: 1200 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

describe('RoadmapGraph in French', () => {
  beforeEach(() => vi.stubGlobal('ResizeObserver', WideResizeObserver));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows and names its toolbar, map, panel and progress in French, with lang="fr" on its root', () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} labels={frenchLabels} lang="fr" storage={memoryStorage()} initialTopic="flask" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.lang).toBe('fr');

    const tools = screen.getByRole('group', { name: 'Outils de la feuille de route' });
    const search = within(tools).getByRole('combobox', { name: 'Rechercher un sujet' });
    expect(search.getAttribute('placeholder')).toBe('Rechercher un sujet');
    expect(within(tools).getByText('0 sur 42 terminé')).toBeTruthy();
    expect(within(tools).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('0 sujet terminé sur 42 (0\u00a0%)');
    expect(within(tools).getByRole('button', { name: 'Réinitialiser la progression' })).toBeTruthy();
    expect(within(tools).getByRole('button', { name: 'Plan' })).toBeTruthy();

    expect(screen.getByRole('application', { name: 'Python Backend Developer\u00a0: carte' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zoom avant' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Flask, intermédiaire, alternative, 1 prérequis, 5 sous-sujets' })).toBeTruthy();

    const panel = screen.getByRole('region', { name: 'Flask' });
    expect(within(panel).getByRole('button', { name: 'Fermer le panneau' })).toBeTruthy();
    expect(within(panel).getByRole('group', { name: 'Votre progression' })).toBeTruthy();
    expect(within(panel).getByText('Intermédiaire')).toBeTruthy();
    expect(within(panel).getByText('Pas commencé')).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Ressources' })).toBeTruthy();
    // Data is not translated.
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Flask');

    fireEvent.click(within(panel).getByRole('button', { name: 'Terminé' }));
    // Flask and what it completes: French plurals from 2 on, and the percentage as French writes it.
    expect(within(tools).getByText('5 sur 42 terminés')).toBeTruthy();
    expect(within(tools).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('5 sujets terminés sur 42 (12\u00a0%)');
    expect(container.querySelector('p.rg-visually-hidden[role="status"]')!.textContent).toBe('Flask\u00a0: terminé. 5 sujets terminés sur 42.');
  });

  it('takes a few words over English, and the page’s language when it gives no lang', () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} labels={{ searchTopics: 'Find a topic' }} storage={memoryStorage()} />);
    expect((container.firstElementChild as HTMLElement).hasAttribute('lang')).toBe(false);
    expect(screen.getByRole('combobox', { name: 'Find a topic' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reset progress' })).toBeTruthy();
  });
});
