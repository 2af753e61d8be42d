import { composeApology, DEFAULT_SETTINGS, RECOVERY_MOVES, reviewApology, type ApologyInput, type BusinessSettings, type Tone } from "../../../src/core";

const settings: BusinessSettings = {
  ...DEFAULT_SETTINGS,
  businessName: "Brightside Catering",
  signerName: "Alex Rivera",
  signerTitle: "Owner",
  timeZone: "America/Chicago",
};
// Friday 13 March 2026, 15:00 in Chicago (CDT, UTC-5).
const at = new Date("2026-03-13T20:00:00Z");
const input = (over: Partial<ApologyInput> = {}): ApologyInput => ({
  customerFirstName: "Priya",
  summary: "we missed the vegan note on your lunch order",
  fix: { move: "replacement", detail: "a corrected vegan tray, delivered by 11:30 AM" },
  nextUpdate: { owner: "Alex Rivera", at },
  originalSubject: "Lunch order #4471",
  ...over,
});

describe("composeApology", () => {
  test("the four parts come in order, with greeting, thanks and sign-off", () => {
    const { text, subject } = composeApology(input(), settings);
    const order = [
      "Hi Priya,",
      "I'm so sorry that we missed the vegan note",
      "isn't the service you should get",
      "replacement: a corrected vegan tray",
      "by 3:00 PM on Friday, 13 March",
      "Thank you",
      "Warm regards,\nAlex Rivera\nOwner, Brightside Catering",
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(subject).toBe("RE: Lunch order #4471");
  });

  test("the promised time is exact, with weekday, in the business's zone", () => {
    const { text } = composeApology(input(), { ...settings, timeZone: "Europe/London" });
    expect(text).toContain("by 8:00 PM on Friday, 13 March");
  });

  test("someone else following up is named", () => {
    const { text } = composeApology(input({ nextUpdate: { owner: "Sam from our kitchen", at } }), settings);
    expect(text).toContain("Sam from our kitchen will update you personally by 3:00 PM on Friday, 13 March.");
  });

  test("an explanation may only follow ownership", () => {
    const { text } = composeApology(input({ explanation: "The note was missed when the order was re-keyed" }), settings);
    expect(text.indexOf("re-keyed")).toBeGreaterThan(text.indexOf("isn't the service"));
    expect(text.indexOf("re-keyed")).toBeLessThan(text.indexOf("replacement"));
  });

  test("what the user typed in a lane is used as typed", () => {
    const { text } = composeApology(input({ acknowledgment: "I'm sorry we let your guests down" }), settings);
    expect(text).toContain("I'm sorry we let your guests down.");
    expect(text).not.toContain("I'm so sorry that");
  });

  test("the business's own ownership statement is used", () => {
    const { text } = composeApology(input(), { ...settings, ownershipStatement: "That is on us, full stop" });
    expect(text).toContain("That is on us, full stop.");
  });

  test("customer and user text is escaped in the HTML, never interpreted", () => {
    const { html, text } = composeApology(
      input({
        customerFirstName: '<img src=x onerror="alert(1)">',
        summary: "<script>alert(2)</script> happened",
        fix: { move: "other", detail: "we'll fix <b>it</b> & more" },
      }),
      settings,
    );
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&amp; more");
    expect(text).toContain("<script>alert(2)</script>");
  });

  test("the HTML is plain paragraphs: no inline CSS, no SVG", () => {
    const { html } = composeApology(input(), settings);
    expect(html).not.toMatch(/style=|<svg|class=/);
    expect(html.startsWith("<p>")).toBe(true);
  });

  test("without a follow-up time there is no next-update sentence", () => {
    const { text } = composeApology(input({ nextUpdate: { owner: "", at: null } }), settings);
    expect(text).not.toMatch(/update you personally/);
  });

  describe.each(["warm", "neutral", "formal"] as Tone[])("tone %s", (tone) => {
    test.each(RECOVERY_MOVES.map((m) => m.id))("a %s draft covers all four parts and passes the coach", (move) => {
      const draft = composeApology(
        input({ tone, fix: { move, detail: move === "other" ? "We have already re-made the order" : "by 11:30 AM today" } }),
        settings,
      );
      expect(draft.text).toContain("3:00 PM on Friday, 13 March");
      const blockers = reviewApology(draft, {
        now: new Date("2026-03-13T15:00:00Z"),
        followUpAt: at,
        timeZone: settings.timeZone,
        followUpOwner: "Alex Rivera",
      }).filter((f) => f.severity === "blocker");
      expect(blockers).toEqual([]);
    });
  });

  test("each tone opens differently on the same structure", () => {
    const greetings = (["warm", "neutral", "formal"] as Tone[]).map((tone) => composeApology(input({ tone }), settings).text.split("\n")[0]);
    expect(greetings).toEqual(["Hi Priya,", "Hello Priya,", "Dear Priya,"]);
  });
});
