// A React 19 user of the published package: the JSX typing comes from `@roadmap-graph/element/jsx`.
import type {} from '@roadmap-graph/element/jsx';
import type { ReactElement } from 'react';

export function Roadmaps(): ReactElement {
  return (
    <>
      <roadmap-graph src="/python-backend.roadmap.json" theme="dark" height={640} hash-links search="off" />
      <roadmap-graph
        src="x"
        direction="right"
        gestures="cooperative"
        topic="flask"
        outline="open"
        ref={(element) => {
          element?.openTopic('flask');
        }}
        ontopic-select={(event) => console.log(event.detail.id)}
        onready={(event) => console.log(event.detail.roadmap.title)}
      />
      {/* @ts-expect-error theme is light, dark or auto */}
      <roadmap-graph src="x" theme="purple" />
      {/* @ts-expect-error direction is down or right */}
      <roadmap-graph src="x" direction="up" />
      {/* @ts-expect-error the progress prop is set as the property: an object of topic states */}
      <roadmap-graph src="x" progress={{ flask: 'finished' }} />
    </>
  );
}
