import type { GraphNode } from '../graph/types.js';
import type { Level } from '../schema/roadmapSchema.js';
import type { MeasureText, TextFont } from './types.js';

/** The word a level is shown with, so levels read without the legend or telling colours apart. */
export const LEVEL_WORDS: Readonly<Record<Level, string>> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };

/** The word an optional topic is marked with. */
export const OPTIONAL_LABEL = 'Optional';

/** The words of a detail line: levels and "Optional", in English unless a renderer translates them. */
export interface DetailWords {
  levels: Readonly<Record<Level, string>>;
  optional: string;
}

const ENGLISH_DETAIL: DetailWords = { levels: LEVEL_WORDS, optional: OPTIONAL_LABEL };

/** Font of the detail line under a topic's title. */
export const DETAIL_FONT: TextFont = { size: 12, weight: 400 };

/** What stands between the words of a detail line that holds more than one. */
export const DETAIL_SEPARATOR = ' · ';

/** Room a level's coloured dot takes in front of its word: the dot and a gap. */
export const LEVEL_DOT_ROOM = 13;

/** What the lines under a topic's title say: its level (drawn with a coloured dot) and "Optional". */
export interface TopicDetail {
  level: Level | undefined;
  /**
   * The words in lines: one line ("Intermediate · Optional") where it fits the room beside the
   * mark, else one word a line; none when there is nothing to say.
   */
  lines: string[];
}

/**
 * The detail lines of a topic without subtopics, as every renderer draws them and the layout
 * sizes them: the level in words (after a dot in its colour) and "Optional", fitted to `room`
 * pixels. Its progress is shown by the mark beside the title, so the lines are the same whatever
 * the reader's progress. The layout sizes boxes for the English words; a translated map passes
 * its own `detailWords` and fits them into those boxes.
 */
export function topicDetail(
  node: Pick<GraphNode, 'level' | 'optional'>,
  room: number,
  measure: MeasureText,
  detailWords: DetailWords = ENGLISH_DETAIL,
): TopicDetail {
  const words = [node.level ? detailWords.levels[node.level] : undefined, node.optional ? detailWords.optional : undefined].filter(
    (word): word is string => word !== undefined,
  );
  if (words.length === 0) return { level: node.level, lines: [] };
  const dot = node.level ? LEVEL_DOT_ROOM : 0;
  const one = words.join(DETAIL_SEPARATOR);
  return { level: node.level, lines: dot + measure(one, DETAIL_FONT) <= room ? [one] : words };
}

/** Widest of a topic's detail lines in pixels when they have `room`, dot included. */
export function topicDetailWidth(detail: TopicDetail, measure: MeasureText): number {
  return detail.lines.reduce((widest, line, i) => Math.max(widest, (i === 0 && detail.level ? LEVEL_DOT_ROOM : 0) + measure(line, DETAIL_FONT)), 0);
}
