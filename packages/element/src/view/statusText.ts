/** The status line while the element's data loads (ElementView, and the first map before it). */
export const LOADING_TEXT = 'Loading the roadmap…';

/** The status line of an element without data. */
export const EMPTY_TEXT =
  'No roadmap to show yet: give this element a src attribute, a <script type="application/json"> or <script type="text/markdown"> child, or set its roadmap property.';
