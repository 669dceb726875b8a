import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventReporter } from '../src/controller/createEventReporter.js';
import { createViewRoot, type InteractiveModule, type ViewState } from '../src/controller/createViewRoot.js';
import type { InteractiveProps } from '../src/interactive/mountInteractive.js';
import { createSourceLoader } from '../src/source/createSourceLoader.js';
import type { SourceState } from '../src/source/loadSource.js';

// The parts of the element's controller that keep its promises to the page: the data follows
// its source (and a stale load never lands), each event fires once, renders are batched.

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

const tiny = { id: 'tiny', title: 'Tiny', sections: [{ id: 's', title: 'S', topics: [{ id: 'a', title: 'A' }] }] };

function hostWith(json?: string): HTMLElement {
  const host = document.createElement('div');
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    host.append(script);
  }
  document.body.append(host);
  return host;
}

function loaderOf(host: HTMLElement) {
  const states: SourceState[] = [];
  const loader = createSourceLoader(host, { workerUrl: () => 'https://x.test/w.js', timeoutMs: () => 30_000, onChange: (state) => states.push(state) });
  return { loader, states };
}

describe('createSourceLoader', () => {
  it('loads nothing before start, then the inline data, and again only when the source changed', () => {
    const host = hostWith(JSON.stringify(tiny));
    const { loader, states } = loaderOf(host);
    loader.reload();
    expect(states).toEqual([]);
    loader.start();
    expect(states).toEqual([{ status: 'ready', data: tiny }]);
    loader.reload();
    expect(loader.version).toBe(1);
    host.querySelector('script')!.textContent = JSON.stringify({ ...tiny, id: 'changed' });
    loader.reload();
    expect(loader.version).toBe(2);
    expect(loader.state).toEqual({ status: 'ready', data: { ...tiny, id: 'changed' } });
  });

  it('lets the roadmap property win, and goes back to the inline data when it is cleared', () => {
    const { loader } = loaderOf(hostWith(JSON.stringify(tiny)));
    loader.start();
    loader.setProperty({ ...tiny, id: 'from-script' });
    expect(loader.state).toEqual({ status: 'ready', data: { ...tiny, id: 'from-script' } });
    loader.setProperty(null);
    expect(loader.property).toBeUndefined();
    expect(loader.state).toEqual({ status: 'ready', data: tiny });
  });

  it('aborts a download still running when the source changes, so its answer never lands', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      signals.push(init.signal!);
      return new Promise<never>(() => {});
    });
    const host = hostWith();
    host.setAttribute('src', 'https://x.test/slow.json');
    const { loader, states } = loaderOf(host);
    loader.start();
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    host.setAttribute('src', 'https://x.test/other.json');
    loader.reload();
    expect(signals[0]!.aborted).toBe(true);
    loader.stop();
    await vi.waitFor(() => expect(signals[1]?.aborted).toBe(true));
    expect(states).toEqual([{ status: 'loading' }, { status: 'loading' }]);
    expect(loader.state).toEqual({ status: 'loading' });
  });
});

describe('createEventReporter', () => {
  it('fires error and ready once for what they report, and afresh after a reset', () => {
    const host = document.createElement('div');
    const heard: string[] = [];
    host.addEventListener('error', (event) => heard.push(`error: ${(event as unknown as CustomEvent<{ message: string }>).detail.message}`));
    host.addEventListener('ready', (event) => heard.push(`ready: ${(event as CustomEvent<{ roadmap: { id: string } }>).detail.roadmap.id}`));
    const events = createEventReporter(host);
    const failed = { status: 'error' };
    events.error(failed, [{ path: 'src', message: 'HTTP 404' }]);
    events.error(failed, [{ path: 'src', message: 'HTTP 404' }]);
    const ready = { status: 'ready', roadmap: tiny, layout: {} } as never;
    events.ready(ready, []);
    events.ready(ready, []);
    events.reset();
    events.ready(ready, []);
    expect(heard).toEqual(['error: The roadmap could not be shown: src: HTTP 404', 'ready: tiny', 'ready: tiny']);
  });
});

describe('createViewRoot', () => {
  const state = (source: SourceState, label: string): ViewState => ({
    props: { source, settings: { label } } as unknown as InteractiveProps,
    plan: undefined,
    progress: {},
    width: 0,
  });

  /** A stand-in for the interactive part: renders the settings' label, counting renders. */
  function fakeInteractive() {
    let renders = 0;
    let release!: () => void;
    const loaded = new Promise<void>((resolve) => (release = resolve));
    const module: InteractiveModule = {
      mountInteractive: (container) => ({
        render(props) {
          renders++;
          container.textContent = (props.settings as unknown as { label: string }).label;
        },
        handle: null,
        unmount() {
          container.textContent = '';
        },
      }),
    };
    return { load: () => loaded.then(() => module), release, renders: () => renders };
  }

  it('shows the status line at once, then the interactive view once loaded, rendering once per task, nothing after stop', async () => {
    const frame = document.createElement('div');
    frame.append('placeholder');
    document.body.append(frame);
    let label = 'first';
    let source: SourceState = { status: 'loading' };
    const fake = fakeInteractive();
    const view = createViewRoot(frame, { view: () => state(source, label), load: fake.load, onLoadError: () => {} });
    view.render();
    await Promise.resolve();
    expect(frame.textContent).toBe('placeholder');
    view.start();
    await vi.waitFor(() => expect(frame.textContent).toBe('Loading the roadmap…'));
    source = { status: 'empty' };
    view.render();
    await vi.waitFor(() => expect(frame.textContent).toMatch(/^No roadmap to show yet/));
    label = 'second';
    fake.release();
    await vi.waitFor(() => expect(frame.textContent).toBe('second'));
    expect(fake.renders()).toBe(1);
    label = 'third';
    view.render();
    view.render();
    await vi.waitFor(() => expect(frame.textContent).toBe('third'));
    expect(fake.renders()).toBe(2);
    view.stop();
    view.render();
    await Promise.resolve();
    expect([fake.renders(), frame.childNodes.length, view.started]).toEqual([2, 0, false]);
  });

  it('says so in the frame, and reports it, when the interactive part cannot be loaded', async () => {
    const frame = document.createElement('div');
    document.body.append(frame);
    const errors: unknown[] = [];
    const view = createViewRoot(frame, {
      view: () => state({ status: 'empty' }, 'x'),
      load: () => Promise.reject(new Error('blocked by the page')),
      onLoadError: (error) => errors.push(error),
    });
    view.start();
    await vi.waitFor(() => expect(frame.textContent).toBe('The map could not be loaded: blocked by the page'));
    expect(errors).toHaveLength(1);
  });
});
