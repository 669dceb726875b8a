// Test environment fixes for React Flow in happy-dom (loaded by vitest.config.ts setupFiles).

// happy-dom's mouse and wheel events drop `view` when it is not passed, and WheelEvent also
// drops modifier keys and coordinates from its init. d3-zoom (React Flow's pan and zoom) reads
// `event.view.document` on mousedown and `ctrlKey` on wheel, so fill them in as browsers do.
const FILLED = ['ctrlKey', 'metaKey', 'shiftKey', 'altKey', 'clientX', 'clientY', 'deltaX', 'deltaY', 'deltaMode'] as const;

function withView<T extends typeof MouseEvent>(Base: T): T {
  const Patched = class extends (Base as typeof MouseEvent) {
    constructor(type: string, init: MouseEventInit & WheelEventInit = {}) {
      super(type, { view: window, ...init });
      for (const key of FILLED) {
        const value = (init as Record<string, unknown>)[key];
        if (value !== undefined && (this as unknown as Record<string, unknown>)[key] !== value) {
          Object.defineProperty(this, key, { value, configurable: true });
        }
      }
    }
  };
  Object.defineProperty(Patched, 'name', { value: Base.name });
  return Patched as unknown as T;
}

// Server-rendering tests run in Node (`@vitest-environment node`): nothing to patch there.
if (typeof window !== 'undefined') {
  for (const name of ['MouseEvent', 'PointerEvent', 'WheelEvent'] as const) {
    const Base = (window as unknown as Record<string, typeof MouseEvent>)[name];
    if (!Base) continue;
    const Patched = withView(Base);
    (window as unknown as Record<string, unknown>)[name] = Patched;
    (globalThis as unknown as Record<string, unknown>)[name] = Patched;
  }

  // React Flow checks that its styles are loaded by reading the pane's z-index; the package's CSS
  // is not loaded in unit tests, so give it the one rule it looks for instead of a console warning.
  const style = document.createElement('style');
  style.textContent = '.react-flow__pane { z-index: 1; }';
  document.head.append(style);
}
