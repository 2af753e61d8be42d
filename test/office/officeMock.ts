import { OfficeMockObject } from "office-addin-mock";
import { OfficeApp } from "office-addin-manifest";

type Result = { status: string; value?: unknown; error?: { code: number; message: string } };
type Cb = (r: Result) => void;
const ok = (value?: unknown): Result => ({ status: "succeeded", value });
const failed = (message: string, code = 9002): Result => ({ status: "failed", error: { code, message } });

export interface MockOptions {
  mode?: "read" | "compose";
  mailbox?: string; // highest supported Mailbox version
  platform?: string;
  composeType?: "html" | "text";
  fail?: Partial<Record<"getAsync" | "replyAsync" | "replyThrows" | "appointmentAsync" | "appointmentThrows" | "setSelectedData" | "saveSettings", boolean>>;
  /** userProfile.timeZone as Outlook reports it (Windows form on most clients). */
  timeZone?: string;
  /** Requirement sets besides Mailbox that the client reports, e.g. { NestedAppAuth: "1.1" }. */
  sets?: Record<string, string>;
  /** How many saveAsync calls fail before one succeeds. */
  saveFailures?: number;
}

/** Records what the adapter asked Outlook to do. */
export interface Calls {
  roaming: Map<string, unknown>;
  saves: number;
  prepended: { data: string; coercionType: unknown }[];
  reply: { via: string; html: string }[];
  appointment: { via: string; form: Record<string, unknown> }[];
  inserted: { data: string; coercionType: unknown }[];
}

const lastCb = (args: unknown[]): Cb => args[args.length - 1] as Cb;

/** An Outlook seeded into office-addin-mock, behaving as Microsoft documents the calls. */
export function installOffice(opts: MockOptions = {}): Calls {
  const calls: Calls = { reply: [], appointment: [], inserted: [], roaming: new Map(), saves: 0, prepended: [] };
  let saveFailures = opts.saveFailures ?? (opts.fail?.saveSettings ? Infinity : 0);
  const version = opts.mailbox ?? "1.14";
  const supports = (v: string) => v.split(".").map(Number)[1]! <= version.split(".").map(Number)[1]!;
  const fail = opts.fail ?? {};
  const reply =
    (via: string) =>
    (form: { htmlBody: string }, ...rest: unknown[]) => {
      if (new TextEncoder().encode(form.htmlBody).length > 32 * 1024) throw new Error("Data exceeds the allowable size limit of 32 KB.");
      if (fail.replyThrows) throw new Error("Internal error");
      if (via.endsWith("Async")) {
        if (fail.replyAsync) return lastCb(rest)(failed("The reply form could not be opened."));
        calls.reply.push({ via, html: form.htmlBody });
        return lastCb(rest)(ok());
      }
      calls.reply.push({ via, html: form.htmlBody });
    };
  const appointment =
    (via: string) =>
    (form: Record<string, unknown>, ...rest: unknown[]) => {
      if (String(form.subject ?? "").length > 255) throw new Error("Subject too long");
      if (fail.appointmentThrows) throw new Error("Internal error");
      if (via.endsWith("Async")) {
        if (fail.appointmentAsync) return lastCb(rest)(failed("Could not open the form."));
        calls.appointment.push({ via, form });
        return lastCb(rest)(ok());
      }
      calls.appointment.push({ via, form });
    };

  const readItem: Record<string, unknown> = {
    itemId: "AAMk-1",
    conversationId: "conv-1",
    subject: "Late delivery",
    from: { displayName: "Jane Doe", emailAddress: "jane@customer.example" },
    dateTimeCreated: new Date("2026-03-10T09:00:00Z"),
    body: {
      getAsync: (coercion: string, cb: Cb) =>
        fail.getAsync
          ? cb(failed("An internal error has occurred."))
          : cb(ok(coercion === "html" ? "<p>The delivery was <b>late</b>.</p>" : "The delivery was late.")),
    },
    displayReplyForm: reply("displayReplyForm"),
    displayReplyAllForm: reply("displayReplyAllForm"),
  };
  if (supports("1.9")) {
    readItem.displayReplyFormAsync = reply("displayReplyFormAsync");
    readItem.displayReplyAllFormAsync = reply("displayReplyAllFormAsync");
  }
  const composeItem = {
    conversationId: "conv-2",
    subject: { getAsync: (cb: Cb) => cb(ok("RE: Late delivery")) },
    to: { getAsync: (cb: Cb) => cb(ok([{ displayName: "Jane Doe", emailAddress: "jane@customer.example" }])) },
    body: {
      getAsync: (_c: string, cb: Cb) =>
        cb(
          ok(
            '<div></div><div id="divRplyFwdMsg"><b>From:</b> Jane Doe &lt;jane@customer.example&gt;<br><b>Sent:</b> Tuesday<br><b>Subject:</b> Late</div><p>The delivery was late.</p>',
          ),
        ),
      getTypeAsync: (cb: Cb) => cb(ok(opts.composeType ?? "html")),
      prependAsync: (data: string, options: { coercionType: unknown }, cb: Cb) => {
        calls.prepended.push({ data, coercionType: options.coercionType });
        cb(ok());
      },
      setSelectedDataAsync: (data: string, options: { coercionType: unknown }, cb: Cb) => {
        if (fail.setSelectedData) return cb(failed("The user no longer has edit permissions.", 9041));
        calls.inserted.push({ data, coercionType: options.coercionType });
        cb(ok());
      },
    },
  };
  const mailbox: Record<string, unknown> = {
    item: opts.mode === "compose" ? composeItem : readItem,
    userProfile: { displayName: "Alex Rivera", emailAddress: "alex@biz.example", ...(opts.timeZone !== undefined ? { timeZone: opts.timeZone } : {}) },
    displayNewAppointmentForm: appointment("displayNewAppointmentForm"),
    addHandlerAsync: (_t: string, _h: () => void, cb?: Cb) => cb?.(ok()),
  };
  if (supports("1.9")) mailbox.displayNewAppointmentFormAsync = appointment("displayNewAppointmentFormAsync");

  const office = new OfficeMockObject(
    {
      context: {
        mailbox,
        platform: opts.platform ?? "OfficeOnline",
        requirements: {
          isSetSupported: (name: string, v = "1.1") =>
            name === "Mailbox" ? supports(v) : opts.sets?.[name] !== undefined && Number(v.split(".")[1] ?? 0) <= Number(opts.sets[name]!.split(".")[1] ?? 0),
        },
        roamingSettings: {
          get: (k: string) => calls.roaming.get(k),
          set: (k: string, v: unknown) => void calls.roaming.set(k, v),
          remove: (k: string) => void calls.roaming.delete(k),
          saveAsync: (cb: Cb) => {
            calls.saves++;
            if (saveFailures > 0) {
              saveFailures--;
              return cb(failed("The operation failed.", 9019));
            }
            cb(ok());
          },
        },
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Html: "html", Text: "text" },
      EventType: { ItemChanged: "olkItemSelectedChanged" },
      HostType: { Outlook: "Outlook" },
    },
    OfficeApp.Outlook,
  );
  (globalThis as unknown as { Office: unknown }).Office = office;
  return calls;
}
