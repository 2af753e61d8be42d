import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

/** Shown when the pane is opened outside Outlook: explain, and point to the demo. */
export function NotInOutlook({ reason }: { reason: "no-office" | "not-outlook" | "unsupported" }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16, maxWidth: 520, display: "flex", flexDirection: "column", gap: 12 }}>
        <Text as="h1" size={500} weight="semibold">
          Make It Right
        </Text>
        <Text as="p">
          {reason === "unsupported"
            ? "This version of Outlook is too old for Make It Right. It needs Outlook on the web, new Outlook, or a current Outlook for Windows or Mac."
            : "This pane runs inside Outlook, beside a customer's email. Open an email in Outlook and choose Make It Right on the message's toolbar."}
        </Text>
        <Text as="p">
          Want to see it first? <a href="demo.html">Try the demo</a> with sample complaints, right in your browser.
        </Text>
      </main>
    </FluentProvider>
  );
}
