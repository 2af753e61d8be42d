/**
 * The pane's one notification model: every workflow answers with a Notice, and the views show
 * them in one status area. Plain data, so workflows stay free of React.
 */
export interface Notice {
  id: string;
  intent: "success" | "error" | "warning" | "info";
  title: string;
  body: string;
  action?: { label: string; run: () => void };
  /** The body stays folded under the title until the user asks for it (a one-line caution). */
  folded?: boolean;
}
