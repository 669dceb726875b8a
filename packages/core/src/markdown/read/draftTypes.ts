// The plain objects the importer builds before validation. Values are kept as the outline
// wrote them (a level may be "expert"), so validation can report them with their place.

/** A resource as read from a link. */
export interface DraftResource {
  title: string;
  url: string;
  type: string;
  free?: boolean;
}

/** A topic as read from a list item or a `###` heading. */
export interface DraftTopic {
  id: string;
  title: string;
  description?: string;
  level?: string;
  optional?: boolean | string;
  tags?: string[];
  requires?: string[];
  resources?: DraftResource[];
  choice?: boolean | string;
  topics?: DraftTopic[];
}

/** A section as read from a `##` heading. */
export interface DraftSection {
  id: string;
  title: string;
  description?: string;
  topics: DraftTopic[];
  requires?: string[];
  choice?: boolean | string;
}

/** The whole outline as read, before validation. */
export interface DraftRoadmap {
  id: string;
  title?: string;
  description?: string;
  sections: DraftSection[];
}
