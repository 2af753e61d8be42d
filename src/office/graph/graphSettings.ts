import type { CalendarEventInput } from "../../core/followup/graphEvent";

// Set at build time by webpack (see README, "One-click calendar events"); tests set them on globalThis.
declare const MIR_GRAPH_CLIENT_ID: string | undefined;
declare const MIR_GRAPH_AUTHORITY: string | undefined;
declare const MIR_GRAPH_BASE_URL: string | undefined;

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";
export const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/common";

export interface GraphSettings {
  clientId: string;
  authority: string;
  baseUrl: string;
}

export type GraphOutcome = { ok: true; eventId: string } | { ok: false; kind: "sign-in" | "forbidden" | "throttled" | "network" | "server"; message: string };

/** A calendar reached through Microsoft Graph. `eventId` moves an event made earlier instead of adding one. */
export interface GraphCalendar {
  save(input: CalendarEventInput, eventId?: string): Promise<GraphOutcome>;
}

function built(value: string | undefined): string {
  return typeof value === "string" ? value.trim() : "";
}

/**
 * The Graph path's settings, or null when it can't be used here: no client id
 * in this build, or an Outlook without nested app authentication (NestedAppAuth 1.1).
 */
export function graphSettings(): GraphSettings | null {
  const clientId = built(typeof MIR_GRAPH_CLIENT_ID === "undefined" ? undefined : MIR_GRAPH_CLIENT_ID);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clientId)) return null;
  try {
    if (!Office.context.requirements?.isSetSupported("NestedAppAuth", "1.1")) return null;
  } catch {
    return null;
  }
  return {
    clientId,
    authority: built(typeof MIR_GRAPH_AUTHORITY === "undefined" ? undefined : MIR_GRAPH_AUTHORITY) || DEFAULT_AUTHORITY,
    baseUrl: (built(typeof MIR_GRAPH_BASE_URL === "undefined" ? undefined : MIR_GRAPH_BASE_URL) || GRAPH_BASE_URL).replace(/\/+$/, ""),
  };
}
