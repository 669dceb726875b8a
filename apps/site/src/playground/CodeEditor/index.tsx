import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { markdown } from '@codemirror/lang-markdown';
import { bracketMatching } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { DraftFormat, Problem } from '../types.js';
import { editorTheme } from './editorTheme.js';

/** What the playground can do with the editor. */
export interface CodeEditorHandle {
  /** Replaces the whole text, as one step that Undo takes back. */
  replaceText(text: string): void;
  /** Moves the cursor to a problem (its span, else its line), scrolls it into view, focuses the editor. */
  reveal(problem: Problem): void;
}

/** Props of {@link CodeEditor}. */
export interface CodeEditorProps {
  /** Text when the editor is created; later changes go through the handle. */
  initialText: string;
  format: DraftFormat;
  /** Shown as underlines and gutter marks. */
  problems: readonly Problem[];
  /** Accessible name of the text area. */
  label: string;
  onChange: (text: string) => void;
  ref?: Ref<CodeEditorHandle>;
}

/**
 * Texts longer than this are shown without syntax colours. CodeMirror's parser colours the
 * text on the main thread in slices of up to 100 ms, and a big text (a pasted file, a share
 * link) would keep the page busy with them, slice after slice, for seconds.
 */
const HIGHLIGHT_LIMIT = 64 * 1024;

const language = (format: DraftFormat, length: number) => (length > HIGHLIGHT_LIMIT ? [] : format === 'markdown' ? markdown() : json());

/**
 * A CodeMirror 6 editor with line numbers, Markdown or JSON highlighting (up to 64 KB of text),
 * undo history and the problems of the draft underlined in place. Tab is left to move focus (no tab trap); the
 * editor is a labelled multi-line text box for assistive technology. The explicit tabindex
 * changes nothing for browsers (contenteditable is focusable) but tells checkers such as axe
 * that the scrolling editor can be reached from the keyboard.
 */
export function CodeEditor({ initialText, format, problems, label, onChange, ref }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const languageSlot = useRef(new Compartment());
  const labelSlot = useRef(new Compartment());
  const changed = useRef(onChange);
  changed.current = onChange;
  const currentFormat = useRef(format);
  currentFormat.current = format;
  // Whether the language (and its colouring parser) is on, which depends on the text's length.
  const highlighted = useRef(initialText.length <= HIGHLIGHT_LIMIT);

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; the document lives in the editor from here on (`initialText` only seeds it) and the effect below follows `format` and `label`
  useEffect(() => {
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          lintGutter(),
          history(),
          drawSelection(),
          bracketMatching(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          languageSlot.current.of(language(format, initialText.length)),
          labelSlot.current.of(EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' })),
          editorTheme,
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            changed.current(update.state.doc.toString());
            const length = update.state.doc.length;
            if (highlighted.current === length <= HIGHLIGHT_LIMIT) return;
            highlighted.current = !highlighted.current;
            // Not during this update: a view may not be updated while it dispatches one.
            queueMicrotask(() => update.view.dispatch({ effects: languageSlot.current.reconfigure(language(currentFormat.current, update.view.state.doc.length)) }));
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = undefined;
    };
  }, []);

  useEffect(() => {
    const current = view.current;
    current?.dispatch({
      effects: [
        languageSlot.current.reconfigure(language(format, current.state.doc.length)),
        labelSlot.current.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' })),
      ],
    });
  }, [format, label]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const diagnostics = problems.flatMap((problem): Diagnostic[] => {
      const span = spanOf(current, problem);
      return span ? [{ ...span, severity: problem.severity, message: problem.path ? `${problem.path}: ${problem.message}` : problem.message }] : [];
    });
    current.dispatch(setDiagnostics(current.state, diagnostics));
    // The problem list below may just have grown and covered the line being typed: keep it in view.
    if (current.hasFocus) current.dispatch({ effects: EditorView.scrollIntoView(current.state.selection.main.head, { y: 'nearest' }) });
  }, [problems]);

  useImperativeHandle(
    ref,
    () => ({
      replaceText(text) {
        const current = view.current;
        if (!current) return;
        current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
      },
      reveal(problem) {
        const current = view.current;
        const span = current && spanOf(current, problem);
        if (!current || !span) return;
        current.dispatch({ selection: { anchor: span.from }, scrollIntoView: true });
        current.focus();
      },
    }),
    [],
  );

  return <div ref={host} className="playground-editor" />;
}

/**
 * Where a problem is in the current text: its span when known (JSON), else its line from the
 * first non-blank character. Clamped: the text may have changed since it was analysed.
 */
function spanOf(view: EditorView, problem: Problem): { from: number; to: number } | undefined {
  const doc = view.state.doc;
  if (problem.from !== undefined) {
    const from = Math.min(problem.from, doc.length);
    return { from, to: Math.min(Math.max(problem.to ?? from, from), doc.length) };
  }
  if (problem.line === undefined) return undefined;
  const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
  const indent = /^\s*/.exec(line.text)?.[0].length ?? 0;
  return { from: line.from + indent, to: line.to };
}
