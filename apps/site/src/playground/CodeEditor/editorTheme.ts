import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';

/**
 * The editor's look, written with the site's CSS custom properties: one theme serves light and
 * dark (the properties change with the site's theme), so switching needs no reconfiguration.
 */
export const editorTheme: Extension = [
  EditorView.theme({
    '&': {
      height: '100%',
      color: 'var(--site-text)',
      backgroundColor: 'var(--site-bg)',
      fontSize: '14px',
    },
    '&.cm-focused': { outline: 'none' },
    '.cm-scroller': { fontFamily: 'var(--site-mono)', lineHeight: '1.55', overflow: 'auto' },
    '.cm-content': { caretColor: 'var(--site-text)', padding: '8px 0' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--site-text)', borderLeftWidth: '2px' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
      backgroundColor: 'var(--site-selection)',
    },
    '.cm-gutters': {
      backgroundColor: 'var(--site-surface)',
      color: 'var(--site-muted)',
      borderRight: '1px solid var(--site-border)',
    },
    '.cm-activeLine': { backgroundColor: 'var(--site-active-line)' },
    '.cm-activeLineGutter': { backgroundColor: 'var(--site-surface-strong)', color: 'var(--site-text)' },
    '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px', minWidth: '40px' },
    '.cm-lintRange-error': {
      backgroundImage: 'none',
      textDecoration: 'underline wavy var(--site-danger)',
      textUnderlineOffset: '3px',
    },
    '.cm-lintRange-warning': {
      backgroundImage: 'none',
      textDecoration: 'underline wavy var(--site-warning)',
      textUnderlineOffset: '3px',
    },
    '.cm-tooltip': {
      border: '1px solid var(--site-border-strong)',
      backgroundColor: 'var(--site-surface)',
      color: 'var(--site-text)',
    },
    '.cm-diagnostic-error': { borderLeftColor: 'var(--site-danger)' },
    '.cm-diagnostic-warning': { borderLeftColor: 'var(--site-warning)' },
  }),
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: tags.heading, color: 'var(--site-syntax-heading)', fontWeight: '700' },
      { tag: [tags.strong], fontWeight: '700' },
      { tag: [tags.emphasis], fontStyle: 'italic' },
      { tag: [tags.link, tags.url], color: 'var(--site-syntax-link)' },
      { tag: [tags.monospace, tags.string], color: 'var(--site-syntax-string)' },
      { tag: [tags.propertyName], color: 'var(--site-syntax-property)' },
      { tag: [tags.number, tags.bool, tags.null], color: 'var(--site-syntax-number)' },
      { tag: [tags.processingInstruction, tags.meta, tags.list, tags.contentSeparator], color: 'var(--site-syntax-meta)' },
      { tag: [tags.punctuation, tags.separator, tags.brace, tags.squareBracket], color: 'var(--site-muted)' },
    ]),
  ),
];
