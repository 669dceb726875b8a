import { Component, type ReactNode } from 'react';

interface CrashBoundaryProps {
  onCrash(error: unknown): void;
  /** What shows instead of the map, given the error's message. */
  fallback(message: string): ReactNode;
  children: ReactNode;
}

/**
 * Catches an exception thrown while the map renders, so it ends as the element's error box
 * and `error` event instead of an uncaught error on the host page. A class component: the only
 * kind React (and preact/compat) let catch render errors.
 */
export class CrashBoundary extends Component<CrashBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onCrash(error);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    const message = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return this.props.fallback(message);
  }
}
