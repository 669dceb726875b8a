/** Props of {@link MapControls}. */
export interface MapControlsProps {
  /** Whether the outline is shown: the toggle's pressed state. */
  outlineOpen?: boolean;
  /** Switches between map and outline; without it the toggle is left out. */
  onToggleOutline?(): void;
  /** Padding around the roadmap when fitting it, as a fraction of the view. */
  fitPadding?: number;
  /**
   * Fits the whole roadmap into view. Without it the button calls React Flow's `fitView`, which
   * waits for a node update that a map with controlled nodes may never send.
   */
  onFit?(): void;
  /**
   * Whether the legend starts unfolded.
   * @default false
   */
  legendOpen?: boolean;
}
