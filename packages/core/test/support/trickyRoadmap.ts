import { RESOURCE_TYPES, type Roadmap } from '../../src/schema/roadmapSchema.js';

/** A roadmap that uses every feature the outline format has, with titles full of Markdown. */
export function trickyRoadmap(): Roadmap {
  return {
    $schema: './roadmap.schema.json',
    id: 'tricky',
    title: 'C# & *stars* for <everyone>.',
    description: 'A *short* intro with `code` and [a link](https://example.com).\n\nSecond paragraph,\nwith a soft line break.',
    sections: [
      {
        id: 'table-of-contents',
        title: 'Table of Contents',
        description: 'Not a real table of contents.',
        topics: [{ id: 'toc-topic', title: 'Topic in it' }],
      },
      {
        id: 'markdown-soup',
        title: 'Markdown [soup] _here_',
        requires: [],
        topics: [
          { id: 'dash', title: '- starts like a list item' },
          { id: 'numbered', title: '1. starts like an ordered item' },
          { id: 'heading-like', title: '# starts like a heading #' },
          { id: 'quote-like', title: '> starts like a quote' },
          { id: 'set-notation', title: 'Set {x} notation {y}' },
          { id: 'ends-with-period', title: 'Ends with etc.' },
          { id: 'ellipsis', title: 'Trails off...' },
          { id: 'backslash', title: 'A back\\slash and a trailing one\\' },
          { id: 'entity', title: 'Entities &amp; &#42; stay text' },
          { id: 'code-like', title: 'Looks like `code` and **bold**' },
          { id: 'thematic', title: '---' },
          { id: 'unicode', title: '日本語のトピック' },
          { id: 'punctuation', title: '???' },
        ],
      },
      {
        id: 'resources',
        title: 'Resources',
        topics: [
          {
            id: 'all-kinds',
            title: 'All kinds of resources',
            description: 'Has resources of every type.',
            level: 'advanced',
            optional: false,
            tags: ['machine learning', 'a,b', 'quote"d', 'brace}', 'back\\slash', '*star*'],
            resources: [
              ...RESOURCE_TYPES.map((type) => ({ title: `A ${type} [resource]`, url: `https://example.com/${type}`, type })),
              { title: 'Paid one', url: 'https://example.com/paid', type: 'course', free: false },
              { title: 'Explicitly free', url: 'https://example.com/free', type: 'video', free: true },
              { title: 'Parens', url: 'https://en.wikipedia.org/wiki/Flask_(web_framework)', type: 'article' },
              { title: 'Query', url: 'https://example.com/?a=1&amp;b=2&c', type: 'docs' },
              { title: 'Relative', url: '../docs/page with spaces.html', type: 'docs' },
              { title: 'Mail', url: 'mailto:someone@example.com', type: 'tool' },
            ],
          },
        ],
      },
      {
        id: 'web-framework',
        title: 'Learn Flask or Django',
        requires: ['all-kinds', 'markdown-soup'],
        topics: [
          {
            id: 'flask',
            title: 'Flask',
            level: 'intermediate',
            description: 'The micro framework.',
            resources: [{ title: 'Flask docs', url: 'https://flask.palletsprojects.com/', type: 'official' }],
            topics: [
              { id: 'flask-routing', title: 'Routing', requires: ['dash'] },
              {
                id: 'flask-extensions',
                title: 'Extensions',
                choice: true,
                topics: [
                  { id: 'flask-login', title: 'Flask-Login', description: 'Sessions.\n\nAnd *more*.' },
                  { id: 'flask-wtf', title: 'Flask-WTF', optional: true },
                ],
              },
            ],
          },
          { id: 'django', title: 'Django', topics: [{ id: 'django-orm', title: 'ORM', tags: [] }] },
        ],
      },
      {
        id: 'not-a-choice',
        title: 'Vue or React',
        topics: [
          { id: 'vue', title: 'Vue', topics: [{ id: 'vue-basics', title: 'Basics' }] },
          { id: 'react', title: 'React', topics: [{ id: 'react-basics', title: 'Basics' }] },
        ],
      },
      {
        id: 'explicitly-not',
        title: 'Angular or Svelte',
        choice: false,
        topics: [
          { id: 'angular', title: 'Angular', topics: [{ id: 'angular-basics', title: 'Basics' }] },
          { id: 'svelte', title: 'Svelte', topics: [{ id: 'svelte-basics', title: 'Basics' }] },
        ],
      },
      {
        id: 'duplicates',
        title: 'Duplicates',
        topics: [
          { id: 'basics', title: 'Basics' },
          { id: 'basics-2', title: 'Basics' },
          { id: 'deep', title: 'Deep', topics: [{ id: 'd2', title: 'D2', topics: [{ id: 'd3', title: 'D3', topics: [{ id: 'd4', title: 'D4', topics: [{ id: 'd5', title: 'D5', topics: [{ id: 'd6', title: 'D6' }] }] }] }] }] },
        ],
      },
    ],
    layout: { version: 1, hash: 'x', direction: 'DOWN', width: 0, height: 0, nodes: [], edges: [] },
  };
}
