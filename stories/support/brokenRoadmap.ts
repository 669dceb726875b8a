/**
 * Raw roadmap data with one problem of each common kind, as a hand-edited file might have them:
 * an id that is not kebab-case, a duplicate id, an empty title, a misspelt prerequisite, an
 * unknown level and a `javascript:` URL. The error view must list every one with its path.
 */
export const brokenRoadmap: unknown = {
  id: 'Broken Roadmap',
  title: 'A roadmap with several problems',
  sections: [
    {
      id: 'basics',
      title: 'Basics',
      topics: [
        { id: 'syntax', title: 'Syntax', level: 'beginner' },
        { id: 'syntax', title: 'Syntax, again' },
        { id: 'loops', title: '', requires: ['sintax'] },
      ],
    },
    {
      id: 'web',
      title: 'Web',
      topics: [
        {
          id: 'http',
          title: 'HTTP',
          level: 'expert',
          resources: [{ title: 'The specification', url: 'javascript:alert(1)', type: 'article' }],
        },
      ],
    },
  ],
};
