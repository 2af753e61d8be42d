import type { DemoBridge, SimItem } from "../bridge";

const KB32 = 32 * 1024;

function bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

type Cb<T> = ((r: { status: string; value: T; error?: { code: number; name: string; message: string } }) => void) | undefined;

function later(fn: () => void) {
  setTimeout(fn, 5);
}

function succeed<T>(cb: Cb<T>, value: T) {
  later(() => cb?.({ status: "succeeded", value }));
}

function fail<T>(cb: Cb<T>, code: number, message: string) {
  later(() => cb?.({ status: "failed", value: undefined as T, error: { code, name: "GenericResponseError", message } }));
}

/** Picks the callback out of Office's (data, options?, callback?) argument lists. */
function callbackOf<T>(args: unknown[]): Cb<T> {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as Cb<T>) : undefined;
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const ROAMING_KEY = "make-it-right-demo:roaming";

/** Roaming settings kept in the browser's storage, so the demo remembers them between visits. */
function roamingSettings(bridge: DemoBridge) {
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(localStorage.getItem(ROAMING_KEY) ?? "{}") as Record<string, unknown>;
  } catch {
    saved = {};
  }
  const values = new Map<string, unknown>(Object.entries(saved));
  return {
    get: (k: string) => values.get(k),
    set: (k: string, v: unknown) => void values.set(k, v),
    remove: (k: string) => void values.delete(k),
    saveAsync: (cb?: Cb<void>) => {
      if (bridge.shouldFail("save-settings")) return fail(cb, 9019, "The settings could not be saved.");
      const json = JSON.stringify(Object.fromEntries(values));
      if (bytes(json) > KB32) return fail(cb, 9057, "The roaming settings are over 32 KB.");
      try {
        localStorage.setItem(ROAMING_KEY, json);
      } catch {
        // The demo still works for this visit when storage is blocked.
      }
      succeed(cb, undefined);
    },
  };
}

/**
 * A stand-in for the slice of Office.js the add-in uses, behaving as
 * Microsoft documents it: callbacks with status and error codes, the 32 KB
 * and 255-character limits that throw, and requirement sets per client.
 */
export function createSimulatedOffice(bridge: DemoBridge) {
  const profile = bridge.profile();
  const supports = (version: string) => compareVersions(version, profile.mailbox) <= 0;
  const mobile = profile.id === "mobile";
  const notOnMobile = () => {
    throw new Error("This API isn't supported on this platform.");
  };

  function readItem(item: SimItem) {
    const body = {
      getAsync: (coercion: string, ...rest: unknown[]) => {
        const cb = callbackOf<string>(rest);
        if (bridge.shouldFail("read-body")) return fail(cb, 9002, "An internal error has occurred.");
        const value =
          coercion === "html"
            ? item.bodyFormat === "html"
              ? item.body
              : item.body.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!).replace(/\n/g, "<br>")
            : item.bodyFormat === "html"
              ? textOf(item.body)
              : item.body;
        succeed(cb, value);
      },
    };
    const show =
      (mode: "reply" | "replyAll", via: string) =>
      (formData: string | { htmlBody?: string }, ...rest: unknown[]) => {
        if (mobile) notOnMobile();
        const html = typeof formData === "string" ? formData : (formData?.htmlBody ?? "");
        const isAsync = via.endsWith("Async");
        if (bytes(html) > KB32) {
          // Both forms throw synchronously on an oversized body.
          throw new Error("Data exceeds the allowable size limit of 32 KB.");
        }
        if (bridge.shouldFail("reply-form")) {
          if (isAsync) return fail(callbackOf(rest), 9002, "The reply form could not be opened.");
          throw new Error("The reply form could not be opened.");
        }
        bridge.showReply({ via, mode, html, coercion: "html" });
        if (isAsync) succeed(callbackOf<void>(rest), undefined);
      };
    const read: Record<string, unknown> = {
      itemType: "message",
      itemId: item.itemId,
      conversationId: item.conversationId,
      subject: item.subject,
      from: item.from,
      sender: item.from,
      to: item.to,
      dateTimeCreated: item.receivedAt,
      body,
      categories: supports("1.8")
        ? {
            addAsync: (names: string[], ...rest: unknown[]) => {
              const cb = callbackOf<void>(rest);
              const ok = names.every((n) => bridge.tagItem(item.itemId, n));
              if (ok) succeed(cb, undefined);
              else fail(cb, 9044, "The category isn't in the mailbox's list of categories.");
            },
            removeAsync: (names: string[], ...rest: unknown[]) => {
              for (const n of names) bridge.untagItem(item.itemId, n);
              succeed(callbackOf<void>(rest), undefined);
            },
          }
        : undefined,
      displayReplyForm: show("reply", "displayReplyForm"),
      displayReplyAllForm: show("replyAll", "displayReplyAllForm"),
    };
    if (supports("1.9")) {
      read.displayReplyFormAsync = show("reply", "displayReplyFormAsync");
      read.displayReplyAllFormAsync = show("replyAll", "displayReplyAllFormAsync");
    }
    return read;
  }

  function composeItem(item: SimItem) {
    const type = item.composeType ?? "html";
    const quoted =
      type === "html"
        ? `<div><br></div><div id="divRplyFwdMsg"><b>From:</b> ${item.from.displayName} &lt;${item.from.emailAddress}&gt;<br><b>Sent:</b> ${item.receivedAt.toUTCString()}<br><b>Subject:</b> ${item.subject}</div>${item.bodyFormat === "html" ? item.body : `<pre>${item.body.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!)}</pre>`}`
        : `\n\nFrom: ${item.from.displayName} <${item.from.emailAddress}>\nSent: ${item.receivedAt.toUTCString()}\nSubject: ${item.subject}\n\n${item.bodyFormat === "html" ? textOf(item.body) : item.body}`;
    return {
      itemType: "message",
      conversationId: item.conversationId,
      subject: { getAsync: (...a: unknown[]) => succeed(callbackOf<string>(a), `RE: ${item.subject}`) },
      to: { getAsync: (...a: unknown[]) => succeed(callbackOf(a), [item.from]) },
      body: {
        getAsync: (coercion: string, ...rest: unknown[]) => {
          const cb = callbackOf<string>(rest);
          if (bridge.shouldFail("read-body")) return fail(cb, 9002, "An internal error has occurred.");
          succeed(cb, coercion === "html" && type === "html" ? quoted : type === "html" ? textOf(quoted) : quoted);
        },
        getTypeAsync: (...a: unknown[]) => succeed(callbackOf<string>(a), type),
        setSelectedDataAsync: (data: string, options: { coercionType?: string } | undefined, ...rest: unknown[]) => {
          const cb = callbackOf<void>([options, ...rest]);
          const coercion = typeof options === "object" && options?.coercionType ? options.coercionType : "text";
          if (bridge.shouldFail("insert-body")) return fail(cb, 9041, "The user no longer has edit permissions.");
          if (coercion === "html" && type === "text") return fail(cb, 1000, "The coercion type does not match the body type.");
          bridge.showReply({ via: "setSelectedDataAsync", mode: "compose", html: data, coercion: coercion === "html" ? "html" : "text" });
          succeed(cb, undefined);
        },
      },
    };
  }

  const appointment =
    (via: string) =>
    (
      params: { subject?: string; body?: string; start?: Date; end?: Date; requiredAttendees?: unknown[]; optionalAttendees?: unknown[] },
      ...rest: unknown[]
    ) => {
      if (mobile) notOnMobile();
      if ((params.subject ?? "").length > 255) throw new Error("The subject is longer than 255 characters.");
      if (bytes(params.body ?? "") > KB32) throw new Error("Data exceeds the allowable size limit of 32 KB.");
      const isAsync = via.endsWith("Async");
      if (bridge.shouldFail("appointment-form")) {
        if (isAsync) return fail(callbackOf(rest), 9002, "The appointment form could not be opened.");
        throw new Error("The appointment form could not be opened.");
      }
      bridge.showAppointment({
        via,
        subject: params.subject ?? "",
        body: params.body ?? "",
        start: new Date(params.start ?? Date.now()),
        end: new Date(params.end ?? Date.now()),
        attendees: (params.requiredAttendees?.length ?? 0) + (params.optionalAttendees?.length ?? 0),
      });
      if (isAsync) succeed(callbackOf<void>(rest), undefined);
    };

  const current = bridge.currentItem();
  const mailbox: Record<string, unknown> = {
    item: current ? (current.mode === "compose" ? composeItem(current) : readItem(current)) : null,
    userProfile: { ...bridge.owner(), timeZone: bridge.mailboxZone() || Intl.DateTimeFormat().resolvedOptions().timeZone },
    displayNewAppointmentForm: appointment("displayNewAppointmentForm"),
    displayMessageForm: (itemId: string) => {
      if (mobile) notOnMobile();
      if (!bridge.openItem(itemId)) throw new Error("The item does not exist.");
    },
    addHandlerAsync: (type: string, handler: (event?: unknown) => void, ...rest: unknown[]) => {
      if (type === "officeThemeChanged") {
        if (!supports("1.14")) return fail(callbackOf<void>(rest), 5000, "This client does not support the OfficeThemeChanged event.");
        bridge.onThemeChanged(() => handler({ type, officeTheme: bridge.officeTheme() }));
      }
      if (type === "olkItemSelectedChanged") {
        bridge.onItemChanged(() => {
          const next = bridge.currentItem();
          mailbox.item = next ? (next.mode === "compose" ? composeItem(next) : readItem(next)) : null;
          handler();
        });
      }
      succeed(callbackOf<void>(rest), undefined);
    },
  };
  if (supports("1.9")) mailbox.displayNewAppointmentFormAsync = appointment("displayNewAppointmentFormAsync");

  const context = {
    mailbox,
    get officeTheme() {
      return bridge.officeTheme();
    },
    platform: profile.platform,
    diagnostics: { host: "Outlook", platform: profile.platform, version: "16.0-demo" },
    requirements: { isSetSupported: (name: string, version = "1.1") => name === "Mailbox" && supports(version) },
    roamingSettings: roamingSettings(bridge),
  };

  return {
    context,
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform: profile.platform };
      cb?.(info);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  };
}
