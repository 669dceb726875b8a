// What core needs of its environment to talk to a worker, written out so that core is checked
// without the DOM library: a browser's `Worker` and a worker's global scope (`self`) have it.

/** An event a worker fires: `message` and `messageerror` carry `data`, `error` a `message`. */
export interface WorkerEventLike {
  readonly data?: unknown;
  readonly message?: string;
  preventDefault?(): void;
}

/** What {@link createWorkerEngine} uses of a Web Worker; a browser's `Worker` is one. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: WorkerEventLike) => void): void;
}

/**
 * A worker's message handler. Declared as a method so that the scope's own, typed for its
 * `MessageEvent`, fits too (methods compare their parameters both ways).
 */
type MessageHandler = { handle(event: { readonly data?: unknown }): unknown }['handle'];

/** What registerWorkerHandlers uses of a worker's global scope (`self` in a worker). */
export interface WorkerScope {
  onmessage: MessageHandler | null;
  postMessage(message: unknown): void;
}
