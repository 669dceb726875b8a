// A fresh app's entry, as the README tells users to write it. `?layout=runtime` drops the baked
// layout, so the map is laid out by the package's layout worker as bundled by this app.
import { RoadmapGraph, type Progress, type RoadmapGraphProps, type TopicState } from '@roadmap-graph/react';
import '@roadmap-graph/react/style.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import baked from './python-backend.roadmap.json';

const { layout: _layout, ...unbaked } = baked;
const roadmap = new URLSearchParams(location.search).get('layout') === 'runtime' ? unbaked : baked;
const started: TopicState = 'done';

function App() {
  const [progress, setProgress] = useState<Progress>({ 'python-syntax': started });
  const props: RoadmapGraphProps = { roadmap, theme: 'light', height: 640, hashLinks: true };
  return (
    <main>
      <h1>Python backend roadmap</h1>
      <RoadmapGraph {...props} progress={progress} onProgressChange={setProgress} onTopicSelect={(id: string | null) => void id} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
