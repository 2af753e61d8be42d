import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

/** The look of a Fluent v9 input (outline appearance), for the native controls the pane uses instead. */
export const nativeFieldStyle: CSSProperties = {
  border: `1px solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: 4,
  background: tokens.colorNeutralBackground1,
  font: "inherit",
  fontSize: 14,
  color: tokens.colorNeutralForeground1,
  width: "100%",
};
