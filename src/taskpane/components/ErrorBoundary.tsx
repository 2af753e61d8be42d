import { Button } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { errorMessage } from "../../core";
import { NoticeList } from "./Notices";

interface Props {
  /** What the view is, for the message ("the apology"). */
  what: string;
  children: ReactNode;
}

/**
 * A render error in one view shows a message and a way on, never a blank pane. What the user
 * typed is already saved on this device, so reloading the view brings it back.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; attempt: number }> {
  override state = { error: null as unknown, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null)
      return (
        <div key={this.state.attempt} style={{ display: "contents" }}>
          {this.props.children}
        </div>
      );
    return (
      <>
        <NoticeList
          notices={[
            {
              id: "view-error",
              intent: "error",
              title: `Something went wrong showing ${this.props.what}.`,
              body: `(${errorMessage(this.state.error)}) What you typed is saved on this device. Show it again, or switch emails and back.`,
            },
          ]}
        />
        <Button onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>Show it again</Button>
      </>
    );
  }
}
