import type { Meta, StoryObj } from '@storybook/react-vite';
import { RoadmapGraph } from '@roadmap-graph/react';
import { fn } from 'storybook/test';
import pythonRoadmap from '../../data/python-backend.roadmap.json';
import { brokenRoadmap } from '../support/brokenRoadmap.js';
import { largeRoadmap } from '../support/largeRoadmap.js';
import { sampleProgress } from '../support/sampleProgress.js';
import { seededStorage } from '../support/seededStorage.js';

const meta = {
  title: 'RoadmapGraph',
  component: RoadmapGraph,
  // The callbacks show up in the Actions panel.
  args: { roadmap: pythonRoadmap, theme: 'light', height: '100vh', onTopicSelect: fn(), onProgressChange: fn() },
  // Data and objects, not settings: an editor for a 1,000-topic roadmap would only slow the page.
  argTypes: {
    roadmap: { control: false },
    layout: { control: false },
    progress: { control: false },
    storage: { control: false },
    createLayoutEngine: { control: false },
    direction: { control: 'inline-radio', options: ['DOWN', 'RIGHT'] },
  },
} satisfies Meta<typeof RoadmapGraph>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The flagship roadmap with its baked layout, as a reader first sees it. */
export const PythonRoadmap: Story = {};

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
};

/** Part-way through: section counts, done / in progress / skipped marks and "next up" topics. */
export const WithProgress: Story = {
  args: { storage: seededStorage(sampleProgress) },
};

/** A query typed into the search box: matches lit, the first one in view, the list of matches open. */
export const SearchActive: Story = {
  play: async ({ canvas, userEvent }) => {
    const search = await canvas.findByRole('combobox', { name: 'Search topics' });
    await userEvent.type(search, 'flask');
  },
};

/** 1,000 topics without a baked layout: a skeleton while ELK runs in the layout worker. */
export const ThousandTopics: Story = {
  args: { roadmap: largeRoadmap },
};

/** Invalid data shows every problem with its path, never a blank box. */
export const InvalidRoadmap: Story = {
  args: { roadmap: brokenRoadmap },
};

/** Below 640 px the panel covers the whole map. */
export const Phone: Story = {
  args: { initialTopic: 'flask' },
  globals: { viewport: { value: 'phone375', isRotated: false } },
};

/** The outline toggle: the same roadmap as a document of headings and lists. */
export const OutlineToggle: Story = {
  args: { storage: seededStorage(sampleProgress) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Outline' }));
  },
};
