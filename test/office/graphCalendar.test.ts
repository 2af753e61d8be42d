import http from "node:http";
import type { AddressInfo } from "node:net";
import { buildFollowUpAppointment } from "../../src/core";
import { newEventPayload } from "../../src/core/followup/graphEvent";
import { createGraphCalendar } from "../../src/office/graph/eventsClient";
import { createOfficeMailbox } from "../../src/office/officeMailbox";
import type { GraphSettings } from "../../src/office/graph/graphSettings";
import { installOffice } from "./officeMock";

// The MSAL boundary: Outlook's broker is faked here, everything above it is ours and real.
const msal = {
  created: 0,
  createFails: false,
  silent: jest.fn<Promise<{ accessToken: string }>, [{ scopes: string[]; forceRefresh?: boolean }]>(),
  popup: jest.fn<Promise<{ accessToken: string }>, [{ scopes: string[] }]>(),
};
jest.mock("@azure/msal-browser", () => ({
  createNestablePublicClientApplication: jest.fn(async (config: { auth: { clientId: string; authority: string } }) => {
    msal.created++;
    if (msal.createFails) throw Object.assign(new Error("nested app auth is not available"), { errorCode: "nested_app_auth_unavailable" });
    expect(config.auth.clientId).toBe(CLIENT_ID);
    return {
      acquireTokenSilent: (r: { scopes: string[]; forceRefresh?: boolean }) => msal.silent(r),
      acquireTokenPopup: (r: { scopes: string[] }) => msal.popup(r),
    };
  }),
}));

const CLIENT_ID = "0b6f2b4e-3d57-4a8c-9c1e-2f5a7d9e1b3c";

// A local stand-in for graph.microsoft.com: answers are scripted per test, requests recorded.
type Answer = { status: number; headers?: Record<string, string>; body?: unknown } | "drop";
interface Seen {
  method: string;
  url: string;
  auth: string;
  body: Record<string, unknown>;
}
let answers: Answer[] = [];
let seen: Seen[] = [];
let server: http.Server;
let baseUrl = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        auth: String(req.headers.authorization ?? ""),
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      const answer = answers.shift() ?? { status: 500 };
      if (answer === "drop") {
        req.socket.destroy(); // the connection dies with no answer, as on a flaky network
        return;
      }
      res.writeHead(answer.status, { "Content-Type": "application/json", ...answer.headers });
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const globals = globalThis as unknown as { MIR_GRAPH_CLIENT_ID?: string; MIR_GRAPH_BASE_URL?: string };
let waits: number[] = [];
let calls: ReturnType<typeof installOffice>;

beforeEach(() => {
  answers = [];
  seen = [];
  waits = [];
  msal.created = 0;
  msal.createFails = false;
  msal.silent.mockReset().mockResolvedValue({ accessToken: "silent-token" });
  msal.popup.mockReset().mockResolvedValue({ accessToken: "popup-token" });
  globals.MIR_GRAPH_CLIENT_ID = CLIENT_ID;
  globals.MIR_GRAPH_BASE_URL = baseUrl;
  calls = installOffice({ sets: { NestedAppAuth: "1.1" } });
});
afterEach(() => {
  delete globals.MIR_GRAPH_CLIENT_ID;
  delete globals.MIR_GRAPH_BASE_URL;
});

const appointment = buildFollowUpAppointment({
  customerName: "Jane Doe",
  customerEmail: "jane@customer.example",
  summary: "your delivery was late",
  fix: "We're sending a replacement today.",
  promise: "",
  originalSubject: "Late delivery",
  at: new Date("2026-03-12T16:00:00Z"),
  timeZone: "UTC",
});

// The real Graph client and NAA token source, with Retry-After waits recorded instead of slept.
const mailbox = () => createOfficeMailbox("UTC", async (settings: GraphSettings) => createGraphCalendar(settings, { wait: async (ms) => void waits.push(ms) }));

describe("one-click follow-up through Microsoft Graph", () => {
  test("creates the event with a reminder and our category, and opens no form", async () => {
    answers = [{ status: 201, body: { id: "evt-1" } }];
    const box = mailbox();
    expect(box.capabilities().canCreateCalendarEvent).toBe(true);
    const result = await box.addFollowUp(appointment);
    expect(result).toEqual({ ok: true, eventId: "evt-1", message: "Added to your calendar, with a reminder 15 minutes before." });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/v1.0/me/events");
    expect(request!.auth).toBe("Bearer silent-token");
    // What reached the wire is exactly the event core builds (its fields are checked in graphEvent.test.ts).
    expect(request!.body).toEqual(newEventPayload(appointment));
    expect(request!.body).toMatchObject({ isReminderOn: true, reminderMinutesBeforeStart: 15, categories: ["Make It Right"] });
    expect(msal.silent).toHaveBeenCalledWith({ scopes: ["Calendars.ReadWrite"], forceRefresh: false });
    expect(calls.appointment).toHaveLength(0);
  });

  test("when silent sign-in fails, Outlook's sign-in popup supplies the token", async () => {
    msal.silent.mockRejectedValue(Object.assign(new Error("interaction required"), { errorCode: "interaction_required" }));
    answers = [{ status: 201, body: { id: "evt-2" } }];
    const result = await mailbox().addFollowUp(appointment);
    expect(result).toMatchObject({ ok: true, eventId: "evt-2" });
    expect(msal.popup).toHaveBeenCalledWith({ scopes: ["Calendars.ReadWrite"] });
    expect(seen[0]!.auth).toBe("Bearer popup-token");
  });

  test("a 401 gets one fresh token and a retry", async () => {
    msal.silent.mockResolvedValueOnce({ accessToken: "stale-token" }).mockResolvedValueOnce({ accessToken: "fresh-token" });
    answers = [
      { status: 401, body: { error: { code: "InvalidAuthenticationToken" } } },
      { status: 201, body: { id: "evt-3" } },
    ];
    const result = await mailbox().addFollowUp(appointment);
    expect(result).toMatchObject({ ok: true, eventId: "evt-3" });
    expect(seen.map((s) => s.auth)).toEqual(["Bearer stale-token", "Bearer fresh-token"]);
    expect(msal.silent.mock.calls[1]![0]).toMatchObject({ forceRefresh: true });
  });

  test("a second 401 falls back to the appointment form and says why", async () => {
    answers = [{ status: 401 }, { status: 401 }];
    const result = await mailbox().addFollowUp(appointment);
    expect(result.ok).toBe(true);
    expect(result).toMatchObject({ fellBack: true });
    expect(result.message).toMatch(/^Microsoft 365 didn't accept the sign-in for your calendar\. Outlook opened the follow-up appointment\./);
    expect(calls.appointment).toHaveLength(1);
    expect(calls.appointment[0]!.form.subject).toBe(appointment.subject);
  });

  test("a 429 with Retry-After is waited out, then the event is created once", async () => {
    answers = [
      { status: 429, headers: { "Retry-After": "3" } },
      { status: 201, body: { id: "evt-4" } },
    ];
    const result = await mailbox().addFollowUp(appointment);
    expect(result).toMatchObject({ ok: true, eventId: "evt-4" });
    expect(waits).toEqual([3000]);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body.transactionId).toBe(seen[0]!.body.transactionId);
    expect(calls.appointment).toHaveLength(0);
  });

  test("a 429 asking for a long wait goes straight to the form, saying so", async () => {
    answers = [{ status: 429, headers: { "Retry-After": "120" } }];
    const result = await mailbox().addFollowUp(appointment);
    expect(result).toMatchObject({ ok: true, fellBack: true });
    expect(result.message).toContain("Microsoft 365 is busy and asked to wait 120 seconds.");
    expect(waits).toEqual([]);
    expect(calls.appointment).toHaveLength(1);
  });

  test("throttled again and again: two waits, then the form", async () => {
    answers = [503, 503, 503].map((status) => ({ status, headers: { "Retry-After": "1" } }));
    const result = await mailbox().addFollowUp(appointment);
    expect(waits).toEqual([1000, 1000]);
    expect(result).toMatchObject({ ok: true, fellBack: true });
    expect(calls.appointment).toHaveLength(1);
  });

  test("a dropped connection is retried once with the same transactionId, then the form opens", async () => {
    answers = ["drop", "drop"];
    const result = await mailbox().addFollowUp(appointment);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.body.transactionId).toBe(seen[1]!.body.transactionId);
    expect(result).toMatchObject({ ok: true, fellBack: true });
    expect(result.message).toMatch(/^Couldn't reach Microsoft 365 to add the event\. Outlook opened the follow-up appointment/);
    expect(calls.appointment).toHaveLength(1);
  });

  test("a dropped connection that recovers on the retry makes one event", async () => {
    answers = ["drop", { status: 201, body: { id: "evt-5" } }];
    await expect(mailbox().addFollowUp(appointment)).resolves.toMatchObject({ ok: true, eventId: "evt-5" });
    expect(calls.appointment).toHaveLength(0);
  });

  test("an unreachable Graph (nothing listening) ends in the form", async () => {
    globals.MIR_GRAPH_BASE_URL = "http://127.0.0.1:9/v1.0";
    const result = await mailbox().addFollowUp(appointment);
    expect(result).toMatchObject({ ok: true, fellBack: true });
    expect(calls.appointment).toHaveLength(1);
  });

  test("a cancelled sign-in popup ends in the form with the reason", async () => {
    msal.silent.mockRejectedValue(new Error("no cached token"));
    msal.popup.mockRejectedValue(Object.assign(new Error("User cancelled the flow."), { errorCode: "user_cancelled" }));
    const result = await mailbox().addFollowUp(appointment);
    expect(seen).toHaveLength(0);
    expect(result).toMatchObject({ ok: true, fellBack: true });
    expect(result.message).toMatch(/^Sign-in to Microsoft 365 didn't finish \(user_cancelled\)\./);
  });

  test("when nested app auth can't start, the form opens and the next try starts afresh", async () => {
    msal.createFails = true;
    const box = mailbox();
    const first = await box.addFollowUp(appointment);
    expect(first.message).toMatch(/^Sign-in could not start \(nested_app_auth_unavailable\)\./);
    msal.createFails = false;
    answers = [{ status: 201, body: { id: "evt-6" } }];
    await expect(box.addFollowUp(appointment)).resolves.toMatchObject({ ok: true, eventId: "evt-6" });
    expect(msal.created).toBe(2);
  });

  test("a 403 (permission not granted) ends in the form, naming the permission", async () => {
    answers = [{ status: 403, body: { error: { code: "ErrorAccessDenied" } } }];
    const result = await mailbox().addFollowUp(appointment);
    expect(result.message).toContain("Calendars.ReadWrite");
    expect(calls.appointment).toHaveLength(1);
  });

  test("rescheduling moves the same event (PATCH), reminder included", async () => {
    answers = [{ status: 200, body: { id: "evt-1" } }];
    const moved = { ...appointment, start: new Date("2026-03-13T10:00:00Z"), end: new Date("2026-03-13T10:15:00Z") };
    const result = await mailbox().addFollowUp(moved, "evt-1");
    expect(result).toEqual({ ok: true, eventId: "evt-1", message: "Moved the event in your calendar; the reminder moved with it." });
    expect(seen[0]).toMatchObject({ method: "PATCH", url: "/v1.0/me/events/evt-1" });
    expect(seen[0]!.body).toMatchObject({
      start: { dateTime: "2026-03-13T10:00:00.000", timeZone: "UTC" },
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
    });
  });

  test("an event deleted in Outlook is added anew when the promise moves", async () => {
    answers = [{ status: 404 }, { status: 201, body: { id: "evt-7" } }];
    const result = await mailbox().addFollowUp(appointment, "gone");
    expect(seen.map((s) => s.method)).toEqual(["PATCH", "POST"]);
    expect(result).toMatchObject({ ok: true, eventId: "evt-7" });
  });

  test("if Graph and the form both fail, the result says so and carries both reasons", async () => {
    calls = installOffice({ sets: { NestedAppAuth: "1.1" }, fail: { appointmentThrows: true } });
    answers = [{ status: 500 }];
    const result = await mailbox().addFollowUp(appointment);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Microsoft 365 couldn't add the event \(error 500\)\. Outlook could not open the appointment \(Internal error\)\./);
  });

  test("if the Graph bundle can't load, the form opens and the next try loads it again", async () => {
    let attempts = 0;
    const box = createOfficeMailbox("UTC", async (settings) => {
      attempts++;
      if (attempts === 1) throw new Error("Loading chunk graph failed.");
      return createGraphCalendar(settings);
    });
    const first = await box.addFollowUp(appointment);
    expect(first).toMatchObject({ ok: true, fellBack: true });
    expect(first.message).toMatch(/^The calendar connection didn't load \(Loading chunk graph failed\.\)\./);
    answers = [{ status: 201, body: { id: "evt-8" } }];
    await expect(box.addFollowUp(appointment)).resolves.toMatchObject({ ok: true, eventId: "evt-8" });
  });

  test("an unexpected exception inside the client still ends in the form", async () => {
    const box = createOfficeMailbox("UTC", async () => ({ save: () => Promise.reject(new TypeError("boom")) }));
    const result = await box.addFollowUp(appointment);
    expect(result).toMatchObject({ ok: true, fellBack: true });
    expect(result.message).toMatch(/^The calendar connection failed \(boom\)\. Outlook opened the follow-up appointment/);
    expect(calls.appointment).toHaveLength(1);
  });

  test("the production loader (on-demand import) reaches the same client", async () => {
    answers = [{ status: 201, body: { id: "evt-9" } }];
    await expect(createOfficeMailbox("UTC").addFollowUp(appointment)).resolves.toMatchObject({ ok: true, eventId: "evt-9" });
  });
});

describe("when the Graph path isn't set up", () => {
  test.each([
    ["Outlook lacks NestedAppAuth 1.1", CLIENT_ID, {}],
    ["the build has no client id", "", { NestedAppAuth: "1.1" }],
    ["the client id isn't a GUID", "my-app", { NestedAppAuth: "1.1" }],
  ])("%s: the appointment form opens and MSAL is never loaded", async (_why, clientId, sets) => {
    globals.MIR_GRAPH_CLIENT_ID = clientId;
    calls = installOffice({ sets });
    const box = mailbox();
    expect(box.capabilities().canCreateCalendarEvent).toBe(false);
    await expect(box.addFollowUp(appointment)).resolves.toEqual({
      ok: true,
      message: "Outlook opened the follow-up appointment. Save it there to keep the reminder.",
    });
    expect(calls.appointment).toHaveLength(1);
    expect(msal.created).toBe(0);
    expect(seen).toHaveLength(0);
  });
});
