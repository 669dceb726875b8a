/** The two ways to write a roadmap in the playground. */
export type DraftFormat = 'markdown' | 'json';

/** What is in the editor: the text and how it is read. */
export interface Draft {
  format: DraftFormat;
  text: string;
}

/** One thing wrong (or doubtful) in the draft, located as precisely as the reader allows. */
export interface Problem {
  severity: 'error' | 'warning';
  message: string;
  /** Roadmap path such as `sections[1].topics[0].requires[0]`; empty for the document or syntax. */
  path: string;
  /** 1-based line in the editor, when known. */
  line?: number;
  /** Character offsets in the text, when known (JSON), for the cursor and the underline. */
  from?: number;
  to?: number;
}
