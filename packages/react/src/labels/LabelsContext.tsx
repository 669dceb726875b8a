import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { shallowEqual } from '../RoadmapMap/shallowEqual.js';
import { englishLabels } from './english.js';
import { createLabelFormat, type LabelFormat } from './LabelFormat.js';
import { mergeLabels } from './mergeLabels.js';
import type { RoadmapLabels, RoadmapLabelsInput } from './RoadmapLabels.js';

/** The words in use and the number format of their language. */
export interface LabelsInUse {
  labels: RoadmapLabels;
  format: LabelFormat;
}

const LabelsContext = createContext<LabelsInUse>({ labels: englishLabels, format: createLabelFormat('en') });

/** Props of {@link RoadmapLabelsProvider}. */
export interface RoadmapLabelsProviderProps {
  /** Words to use, merged over the English defaults. */
  labels?: RoadmapLabelsInput | undefined;
  /**
   * Language of the words (BCP 47), for numbers and plural rules.
   * @default 'en'
   */
  lang?: string | undefined;
  children: ReactNode;
}

/**
 * Gives the map's parts used on their own (`Toolbar`, `TopicPanel`, `RoadmapOutline`, `Legend`,
 * `ErrorView`) their words and language; `RoadmapGraph` sets it up from its `labels` and `lang`.
 *
 * @example
 * <RoadmapLabelsProvider labels={frenchLabels} lang="fr"><ErrorView errors={errors} /></RoadmapLabelsProvider>
 */
export function RoadmapLabelsProvider({ labels, lang, children }: RoadmapLabelsProviderProps) {
  // Labels written inline are a new object each render; the same words keep the same value, so
  // the memoised topics of the map do not all render again.
  const last = useRef<RoadmapLabels>(englishLabels);
  const merged = useMemo(() => mergeLabels(labels), [labels]);
  if (!shallowEqual(merged as unknown as Record<string, unknown>, last.current as unknown as Record<string, unknown>)) last.current = merged;
  const words = last.current;
  const value = useMemo(() => ({ labels: words, format: createLabelFormat(lang) }), [words, lang]);
  return <LabelsContext.Provider value={value}>{children}</LabelsContext.Provider>;
}

/** The words and number format of the nearest {@link RoadmapLabelsProvider}; English without one. */
export function useLabels(): LabelsInUse {
  return useContext(LabelsContext);
}
