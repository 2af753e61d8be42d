import { Text, tokens } from "@fluentui/react-components";

/** The email as the customer will read it. Rendered from the plain text, so nothing is interpreted as HTML. */
export function Preview({ text }: { text: string }) {
  const paragraphs = text.split(/\n{2,}/);
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Text as="h2" id="preview-heading" weight="semibold" size={400}>
        Preview
      </Text>
      <div
        role="region"
        aria-label="Preview"
        style={{ border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: 4, padding: "8px 12px", background: tokens.colorNeutralBackground1 }}
      >
        {paragraphs.map((p, i) => (
          <p key={i} style={{ margin: "0 0 8px", whiteSpace: "pre-line" }}>
            {p}
          </p>
        ))}
      </div>
    </div>
  );
}
