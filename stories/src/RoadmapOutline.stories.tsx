import type { Meta, StoryObj } from '@storybook/react-vite';
import { buildGraph, parseRoadmap } from '@roadmap-graph/core';
import { RoadmapOutline } from '@roadmap-graph/react';
import pythonRoadmap from '../../data/python-backend.roadmap.json';
import { sampleProgress } from '../support/sampleProgress.js';

const parsed = parseRoadmap(pythonRoadmap);
if (!parsed.ok) throw new Error('data/python-backend.roadmap.json is invalid');

const meta = {
  title: 'RoadmapOutline',
  component: RoadmapOutline,
  args: { graph: buildGraph(parsed.roadmap), progress: sampleProgress },
  // The outline styles live under the component's root class and theme.
  decorators: [
    (Story) => (
      <div className="rg-root" data-theme="light">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof RoadmapOutline>;

export default meta;

/** What the server renders: headings per section, nested lists of topics with states and links. */
export const Outline: StoryObj<typeof meta> = {};
