import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/markdown/write/toMarkdown.js';
import { roundTrip } from './support/importMarkdown.js';
import { smallRoadmap } from './support/smallRoadmap.js';
import { trickyRoadmap } from './support/trickyRoadmap.js';

describe('toMarkdown', () => {
  it('writes an outline with attribute blocks only where prose cannot say it', () => {
    expect(toMarkdown(smallRoadmap())).toBe(`# Web developer {#web-dev}

## Basics

- Syntax {level=beginner}
  - [@official@Docs](https://docs.python.org/3/)
- Functions {requires=syntax}
- Trivia {optional}

## HTTP

- Methods
- REST {requires=methods}

## Flask or Django {#framework}

### Flask

- Routing {#flask-routing}
- Databases {#flask-db}

### Django

- ORM {#django-orm}
- DRF {requires=django-orm,rest,syntax}

## Deploy

- Docker
- Kubernetes {#k8s requires=docker}
`);
  });

  it('writes descriptions as indented paragraphs and paid resources with a "paid" title', () => {
    const markdown = toMarkdown(trickyRoadmap());
    expect(markdown).toContain('    - Flask-Login\n\n      Sessions.\n\n      And *more*.\n');
    expect(markdown).toContain('[@course@Paid one](https://example.com/paid "paid")');
    expect(markdown).toContain('## Table of Contents {#table-of-contents}');
  });

  it('escapes a description line that would otherwise become a topic', () => {
    const roadmap = smallRoadmap();
    roadmap.sections[0]!.topics[0]!.description = 'Intro:\n- not a subtopic\n# not a heading';
    const back = roundTrip(roadmap);
    expect(back.sections[0]!.topics[0]!.topics).toBeUndefined();
    // Lines after a paragraph's first go out indented, which keeps them text, and come back as written.
    expect(back.sections[0]!.topics[0]!.description).toBe('Intro:\n- not a subtopic\n# not a heading');
  });
});
