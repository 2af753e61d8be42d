import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { themeKind, type MailboxPort, type ThemeKind } from "../core";

// The light theme is in the start-up script; dark and high contrast load when Outlook uses them.
const loaded: Partial<Record<ThemeKind, Theme>> = { light: webLightTheme };

function load(kind: ThemeKind): Promise<Theme> {
  const have = loaded[kind];
  if (have) return Promise.resolve(have);
  return import(/* webpackChunkName: "themes" */ "./darkThemes").then((m) => (loaded[kind] = kind === "dark" ? m.dark : m.contrast));
}

/** Outlook's theme as a Fluent theme, following changes where Outlook reports them. */
export function useOutlookTheme(mailbox: MailboxPort): { theme: Theme; kind: ThemeKind } {
  const [kind, setKind] = useState<ThemeKind>(() => themeKind(mailbox.theme?.()));
  const [theme, setTheme] = useState<Theme>(() => loaded[kind] ?? webLightTheme);
  useEffect(() => {
    mailbox.onThemeChanged?.((colors) => setKind(themeKind(colors)));
  }, [mailbox]);
  useEffect(() => {
    let live = true;
    load(kind).then(
      (t) => live && setTheme(() => t),
      () => undefined, // Without the chunk the light theme stays: readable, if not matching.
    );
    return () => {
      live = false;
    };
  }, [kind]);
  return { theme, kind };
}
