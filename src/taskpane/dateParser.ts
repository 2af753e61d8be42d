import { useEffect, useState } from "react";
import type { DateParser } from "../core";

// chrono and its language packs are the biggest part of the reader, so they are not in the
// start-up script: the pane asks for them right after first paint, once, and shares the result.
let loading: Promise<DateParser> | undefined;
let loaded: DateParser | undefined;

export function loadDateParser(): Promise<DateParser> {
  loading ??= import(/* webpackChunkName: "dates" */ "../core/analysis/chronoDates").then((m) => (loaded = m.chronoDates));
  // A failed load (offline, blocked) can be tried again next time.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The date parser once it has loaded, or null until then (typed times wait for it). */
export function useDateParser(): DateParser | null {
  const [parser, setParser] = useState<DateParser | null>(loaded ?? null);
  useEffect(() => {
    if (parser) return;
    let live = true;
    loadDateParser().then(
      (p) => live && setParser(() => p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [parser]);
  return parser;
}
