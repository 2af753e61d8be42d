import type { ReactNode } from "react";
import type { SimItem } from "../bridge";

export type Listed = SimItem & { preview: string; client: string };

/** The inbox: each message with its client and categories, and the paste box below. */
export function MessageList({
  items,
  selectedId,
  tags,
  onSelect,
  children,
}: {
  items: Listed[];
  selectedId: string;
  tags: Record<string, string[]>;
  onSelect: (id: string) => void;
  children: ReactNode;
}) {
  return (
    <nav className="list" aria-label="Messages">
      <ul>
        {items.map((i) => (
          <li key={i.itemId}>
            <button aria-current={i.itemId === selectedId} onClick={() => onSelect(i.itemId)}>
              <span className="from">{i.from.displayName || i.from.emailAddress || "Unknown sender"}</span>
              <span className="subject">{i.subject}</span>
              <span className="client">{i.client}</span>
              {(tags[i.itemId] ?? []).map((t) => (
                <span key={t} className="category">
                  {t}
                </span>
              ))}
            </button>
          </li>
        ))}
      </ul>
      {children}
    </nav>
  );
}
