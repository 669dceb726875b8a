/** Props of {@link Legend}. */
export interface LegendProps {
  /**
   * Whether the legend starts unfolded.
   * @default false
   */
  defaultOpen?: boolean;
  /** Extra class names. */
  className?: string;
}
