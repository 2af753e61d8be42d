import type { CSSProperties } from "react";

/** The look of a Fluent v9 input (outline appearance), for the native controls the pane uses instead. */
export const nativeFieldStyle: CSSProperties = {
  border: "1px solid #d1d1d1",
  borderBottomColor: "#616161",
  borderRadius: 4,
  background: "#fff",
  font: "inherit",
  fontSize: 14,
  color: "#242424",
  width: "100%",
};
