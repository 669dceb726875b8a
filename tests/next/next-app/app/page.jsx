// app/page.jsx: a Server Component (no 'use client' here).
import { RoadmapGraph } from '@roadmap-graph/react';
import { RoadmapStatic } from '@roadmap-graph/react/server';
import roadmap from './python-backend.roadmap.json';

export default function Page() {
  return (
    <main>
      <h1>{roadmap.title}</h1>
      {/* The picture at a glance: rendered on the server, no JavaScript. */}
      <RoadmapStatic roadmap={roadmap} show="picture" />
      {/* The map to explore: server-rendered as the outline, then hydrated. */}
      <RoadmapGraph roadmap={roadmap} theme="auto" height={640} />
    </main>
  );
}
