// Props a type check must refuse: an unknown theme and an unknown progress state.
import { RoadmapGraph } from '@roadmap-graph/react';
import roadmap from '../src/python-backend.roadmap.json';

export const wrongTheme = <RoadmapGraph roadmap={roadmap} theme="sepia" />;
export const wrongProgress = <RoadmapGraph roadmap={roadmap} progress={{ flask: 'finished' }} />;
