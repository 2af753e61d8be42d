import { analyzeComplaint } from "../../src/core";
import { DEMO_OWNER, SAMPLES } from "../../src/demo/samples/samples";

function analyse(id: string) {
  const s = SAMPLES.find((x) => x.itemId === id);
  if (!s) throw new Error(`no sample ${id}`);
  return analyzeComplaint(s, { now: s.receivedAt, mailboxOwner: DEMO_OWNER });
}

describe("the demo's sample complaints read the way a user expects", () => {
  test("Outlook desktop reply: customer's words only, no signature or quoted order confirmation", () => {
    const a = analyse("sample-outlook");
    expect(a.latestMessage).toContain("missed the vegan note");
    expect(a.latestMessage).not.toMatch(/confirming 14 lunches|Office Manager|555|From:/);
    expect(a.customerFirstName).toBe("Priya");
    // The order number is only in the subject; references come from the customer's own words.
    expect(a.references).toEqual([]);
    expect(a.failureType).toBe("execution");
    expect(a.customerDeadline?.text).toMatch(/Friday at 12:30/);
    expect(a.summary).toMatch(/^our team missed the vegan note/);
  });

  test("Gmail reply: the quoted booking confirmation is gone and a callback is asked for", () => {
    const a = analyse("sample-gmail");
    expect(a.latestMessage).not.toMatch(/wrote:|is booked for Tuesday/);
    expect(a.failureType).toBe("timing");
    expect(a.requestedRemedy).toBe("callback");
    expect(a.references).not.toContain("BK-2291"); // only in the quoted confirmation
    expect(a.customerFirstName).toBe("Tom");
  });

  test("iPhone: 'Sent from my iPhone' and the sign-off are cut, a redo is asked for", () => {
    const a = analyse("sample-iphone");
    expect(a.latestMessage).not.toMatch(/Sent from my iPhone|Maria$/);
    expect(a.requestedRemedy).toBe("redo");
    expect(a.failureType).toBe("quality");
  });

  test("forwarded by a colleague: the customer is the original sender, and the chargeback is flagged", () => {
    const a = analyse("sample-forward");
    expect(a.customerFirstName).toBe("Daniel");
    expect(a.customerEmail).toBe("daniel.okafor@northwind.example");
    expect(a.latestMessage).not.toMatch(/FYI|Forwarded message/);
    expect(a.references).toContain("INV-20931");
    expect(a.requestedRemedy).toBe("refund");
    expect(a.sensitive.map((s) => s.kind)).toContain("chargeback");
    expect(a.summary).toMatch(/^you were charged twice/);
  });

  test("Spanish: the latest message, the name and the order number are right", () => {
    const a = analyse("sample-spanish");
    expect(a.language).toBe("es");
    expect(a.latestMessage).not.toMatch(/escribió|ha sido enviado|Un saludo/);
    expect(a.customerFirstName).toBe("Lucía");
    expect(a.references).toEqual(["5582"]);
    expect(a.isComplaint).toBe(true);
  });

  test("a thank-you note is not treated as a complaint", () => {
    expect(analyse("sample-thanks").isComplaint).toBe(false);
  });
});
