import { readFileSync } from 'node:fs';

interface TopicData {
  id: string;
  title: string;
  resources?: { url: string }[];
  topics?: TopicData[];
}

/** What the outline of a roadmap shows, in its reading order, to check printed and pre-rendered pages against. */
export interface RoadmapOutlineFacts {
  /** Ids of the sections and topics (subtopics too). */
  ids: string[];
  /** Titles of the sections and topics. */
  titles: string[];
  /** Each topic with the addresses of its resources. */
  topics: { id: string; title: string; resources: string[] }[];
  /** Every resource address, in reading order (a topic's resources come before its subtopics). */
  links: string[];
}

/** Reads {@link RoadmapOutlineFacts} from a roadmap JSON file of the repository's data/ (e.g. `python-backend.roadmap.json`). */
export function roadmapOutlineFacts(file = 'python-backend.roadmap.json'): RoadmapOutlineFacts {
  const data = JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as {
    sections: { id: string; title: string; topics: TopicData[] }[];
  };
  const facts: RoadmapOutlineFacts = { ids: [], titles: [], topics: [], links: [] };
  const walk = (topics: TopicData[]): void => {
    for (const topic of topics) {
      const resources = (topic.resources ?? []).map((resource) => resource.url);
      facts.ids.push(topic.id);
      facts.titles.push(topic.title);
      facts.topics.push({ id: topic.id, title: topic.title, resources });
      facts.links.push(...resources);
      walk(topic.topics ?? []);
    }
  };
  for (const section of data.sections) {
    facts.ids.push(section.id);
    facts.titles.push(section.title);
    walk(section.topics);
  }
  return facts;
}
