// app/outline/page.jsx: the roadmap as text, with no client component at all.
import { RoadmapStatic } from '@roadmap-graph/react/server';
import roadmap from '../python-backend.roadmap.json';

export default function OutlinePage() {
  return (
    <main>
      <h1>{roadmap.title}: every topic</h1>
      <RoadmapStatic roadmap={roadmap} show="outline" />
    </main>
  );
}
