import { buildGraph, parseRoadmap } from '@roadmap-graph/core';
import { render, type RenderResult } from '@testing-library/react';
import { vi, type Mock } from 'vitest';
import python from '../../../data/python-backend.roadmap.json';
import { TopicPanel } from '../src/TopicPanel/index.js';
import type { TopicPanelProps } from '../src/TopicPanel/types.js';

const parsed = parseRoadmap(python);
if (!parsed.ok) throw new Error('the Python roadmap must validate');
/** The flagship roadmap's graph, which the panel tests open topics of. */
export const graph = buildGraph(parsed.roadmap);

/** The panel's callbacks, each a mock. */
export interface PanelHandlers {
  onStateChange: Mock<NonNullable<TopicPanelProps['onStateChange']>>;
  onNavigate: Mock<TopicPanelProps['onNavigate']>;
  onClose: Mock<TopicPanelProps['onClose']>;
}

/** Renders the panel on "database-design" (unless `props` say otherwise) with mock callbacks. */
export function renderPanel(props: Partial<TopicPanelProps> = {}): RenderResult & PanelHandlers {
  const handlers: PanelHandlers = { onStateChange: vi.fn(), onNavigate: vi.fn(), onClose: vi.fn() };
  const view = render(<TopicPanel graph={graph} topicId="database-design" progress={{}} {...handlers} {...props} />);
  return { ...view, ...handlers };
}
