// Loaded on demand (webpack chunk "graph"): MSAL and this client stay out of the start-up script.
import { MAX_RETRY_WAIT_MS, moveEventPayload, newEventPayload, retryAfterMs, type CalendarEventInput } from "../../core/followup/graphEvent";
import type { GraphCalendar, GraphOutcome, GraphSettings } from "./graphSettings";
import { naaTokenSource, SignInError, type TokenSource } from "./naaTokens";

export interface GraphDeps {
  fetch?: typeof fetch;
  wait?: (ms: number) => Promise<void>;
  now?: () => Date;
  tokens?: TokenSource;
  timeoutMs?: number;
}

const THROTTLED = new Set([429, 503, 504]);
/** Retry-After missing on a throttled answer: Graph's guidance is to back off; two seconds is plenty here. */
const DEFAULT_BACKOFF_MS = 2000;

function failure(kind: Exclude<GraphOutcome, { ok: true }>["kind"], message: string): GraphOutcome {
  return { ok: false, kind, message };
}

/**
 * Creates and moves follow-up events with `POST /me/events` and
 * `PATCH /me/events/{id}`. Every path ends in an event or a reason the pane can
 * show before it falls back to the appointment form.
 */
export function createGraphCalendar(settings: GraphSettings, deps: GraphDeps = {}): GraphCalendar {
  const tokens = deps.tokens ?? naaTokenSource(settings.clientId, settings.authority);
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? (() => new Date());
  const timeoutMs = deps.timeoutMs ?? 20_000;

  async function send(method: string, url: string, body: unknown, token: string): Promise<Response | null> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      return await doFetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
        signal: abort.signal,
      });
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async save(input: CalendarEventInput, eventId?: string): Promise<GraphOutcome> {
      const create = { method: "POST", url: `${settings.baseUrl}/me/events`, body: newEventPayload(input) };
      let request = eventId ? { method: "PATCH", url: `${settings.baseUrl}/me/events/${encodeURIComponent(eventId)}`, body: moveEventPayload(input) } : create;
      let freshToken = false;
      let signInRetried = false;
      let networkRetried = false;
      let throttled = 0;
      for (;;) {
        let token: string;
        try {
          token = await tokens.token(freshToken);
        } catch (error) {
          return failure("sign-in", error instanceof SignInError ? error.message : `Sign-in to Microsoft 365 failed (${String(error)}).`);
        }
        const response = await send(request.method, request.url, request.body, token);
        if (!response) {
          // A POST repeated after a lost answer is safe: its transactionId makes Outlook keep one event.
          if (!networkRetried) {
            networkRetried = true;
            continue;
          }
          return failure("network", "Couldn't reach Microsoft 365 to add the event.");
        }
        if (response.ok) {
          const answer = (await response.json().catch(() => null)) as { id?: unknown } | null;
          const id = typeof answer?.id === "string" ? answer.id : (eventId ?? "");
          return { ok: true, eventId: id };
        }
        if (response.status === 401) {
          if (signInRetried) return failure("sign-in", "Microsoft 365 didn't accept the sign-in for your calendar.");
          signInRetried = true;
          freshToken = true;
          continue;
        }
        if (response.status === 403) {
          return failure("forbidden", "Your Microsoft 365 account doesn't allow Make It Right to add calendar events (permission Calendars.ReadWrite).");
        }
        if (response.status === 404 && request !== create) {
          // The earlier event was deleted in Outlook: add a new one instead.
          request = create;
          continue;
        }
        if (THROTTLED.has(response.status)) {
          const delay = retryAfterMs(response.headers.get("Retry-After"), now()) ?? DEFAULT_BACKOFF_MS;
          if (throttled < 2 && delay <= MAX_RETRY_WAIT_MS) {
            throttled++;
            await wait(delay);
            continue;
          }
          return failure("throttled", `Microsoft 365 is busy and asked to wait ${Math.max(1, Math.ceil(delay / 1000))} seconds.`);
        }
        return failure("server", `Microsoft 365 couldn't add the event (error ${response.status}).`);
      }
    },
  };
}
