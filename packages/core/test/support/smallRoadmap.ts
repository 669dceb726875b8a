import type { Roadmap } from '../../src/schema/roadmapSchema.js';

/** A small roadmap with a choice, subtopics, an optional topic and cross-section prerequisites. */
export function smallRoadmap(): Roadmap {
  return {
    id: 'web-dev',
    title: 'Web developer',
    sections: [
      {
        id: 'basics',
        title: 'Basics',
        topics: [
          { id: 'syntax', title: 'Syntax', level: 'beginner', resources: [{ title: 'Docs', url: 'https://docs.python.org/3/', type: 'official' }] },
          { id: 'functions', title: 'Functions', requires: ['syntax'] },
          { id: 'trivia', title: 'Trivia', optional: true },
        ],
      },
      {
        id: 'http',
        title: 'HTTP',
        topics: [
          { id: 'methods', title: 'Methods' },
          { id: 'rest', title: 'REST', requires: ['methods'] },
        ],
      },
      {
        id: 'framework',
        title: 'Flask or Django',
        choice: true,
        topics: [
          { id: 'flask', title: 'Flask', topics: [{ id: 'flask-routing', title: 'Routing' }, { id: 'flask-db', title: 'Databases' }] },
          { id: 'django', title: 'Django', topics: [{ id: 'django-orm', title: 'ORM' }, { id: 'drf', title: 'DRF', requires: ['django-orm', 'rest', 'syntax'] }] },
        ],
      },
      {
        id: 'deploy',
        title: 'Deploy',
        topics: [{ id: 'docker', title: 'Docker' }, { id: 'k8s', title: 'Kubernetes', requires: ['docker'] }],
      },
    ],
  };
}
