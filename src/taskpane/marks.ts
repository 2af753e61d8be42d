/** A start-up mark for `npm run bench`; harmless where the Performance API is missing. */
export function mark(name: string): void {
  try {
    if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(`mir:${name}`);
  } catch {
    // Marks are only for measuring; never let them break the pane.
  }
}
