import type { Progress } from '@roadmap-graph/core';

/**
 * A learner part-way through the Python roadmap: the fundamentals and HTTP done, Flask chosen
 * over Django (skipped) and under way, a few topics in progress. Ids are those of
 * data/python-backend.roadmap.json.
 */
export const sampleProgress: Progress = {
  'python-syntax': 'done',
  'control-flow': 'done',
  'functions-modules': 'done',
  oop: 'done',
  'data-structures': 'done',
  'file-io': 'done',
  'http-methods': 'done',
  'status-codes': 'done',
  'rest-basics': 'done',
  'client-server': 'done',
  'flask-basics': 'done',
  'flask-routing': 'done',
  'sql-basics': 'done',
  'unit-testing': 'done',
  mocking: 'done',
  'web-servers': 'in-progress',
  'flask-databases': 'in-progress',
  'database-design': 'in-progress',
  django: 'skipped',
  nosql: 'skipped',
};
