import { tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useRef } from "react";

// A small accessible tab list (arrow keys, Home, End); Fluent's TabList costs more bundle than it adds here.
export function Tabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: { id: T; title: ReactNode }[];
  selected: T;
  onSelect: (id: T) => void;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const i = (index + tabs.length) % tabs.length;
    onSelect(tabs[i]!.id);
    refs.current[i]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} style={{ display: "flex", gap: 4, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }}>
      {tabs.map((t, i) => {
        const active = t.id === selected;
        return (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={active}
            aria-controls={`panel-${t.id}`}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight") move(i + 1);
              else if (e.key === "ArrowLeft") move(i - 1);
              else if (e.key === "Home") move(0);
              else if (e.key === "End") move(tabs.length - 1);
              else return;
              e.preventDefault();
            }}
            style={{
              border: "none",
              background: "none",
              padding: "8px 10px",
              font: "inherit",
              fontWeight: active ? 600 : 400,
              color: active ? tokens.colorBrandForeground1 : tokens.colorNeutralForeground2,
              borderBottom: active ? `2px solid ${tokens.colorBrandForeground1}` : "2px solid transparent",
              cursor: "pointer",
            }}
          >
            {t.title}
          </button>
        );
      })}
    </div>
  );
}
