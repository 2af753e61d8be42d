import { extractLatestMessage } from "../../../src/core/text/latestMessage";
import type { IncomingEmail } from "../../../src/core";

const email = (body: string, extra: Partial<IncomingEmail> = {}): IncomingEmail => ({
  subject: "Problem",
  from: { displayName: "Jane Doe", emailAddress: "jane@customer.example" },
  body,
  bodyFormat: "text",
  ...extra,
});

describe("the customer's latest message", () => {
  test.each([
    ["On ... wrote:", "The delivery was late.\n\nOn Mon, 3 Mar 2025 at 10:00, Bob <bob@x.example> wrote:\n> Your order ships today"],
    ["wrapped On ... wrote:", "The delivery was late.\n\nOn Mon, 3 Mar 2025 at 10:00, Bob Smith\n<bob@x.example> wrote:\n> old"],
    ["Original Message", "The delivery was late.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nSubject: Order"],
    [
      "Outlook From/Sent block",
      "The delivery was late.\n\n________________________________\nFrom: Bob <bob@x.example>\nSent: Monday, March 3, 2025 10:00 AM\nTo: Jane\nSubject: Order",
    ],
    ["French", "The delivery was late.\n\nLe lun. 3 mars 2025 à 10:00, Bob <bob@x.example> a écrit :\n> old"],
    ["German", "The delivery was late.\n\nAm 03.03.2025 um 10:00 schrieb Bob <bob@x.example>:\n> old"],
    ["Spanish", "The delivery was late.\n\nEl lun, 3 mar 2025 a las 10:00, Bob escribió:\n> old"],
    ["localised Outlook header", "The delivery was late.\n\nDe : Bob <bob@x.example>\nEnvoyé : lundi 3 mars 2025 10:00\nÀ : Jane\nObjet : Commande"],
    ["> quoting", "The delivery was late.\n> old line\n> another"],
  ])("cuts %s", (_name, body) => {
    expect(extractLatestMessage(email(body)).text).toBe("The delivery was late.");
  });

  test.each([
    ["-- delimiter", "The delivery was late.\n\n-- \nJane Doe\nAcme Ltd"],
    ["Sent from my iPhone", "The delivery was late.\n\nSent from my iPhone"],
    ["Get Outlook for Android", "The delivery was late.\n\nGet Outlook for Android"],
    ["sign-off and name", "The delivery was late.\n\nThanks,\nJane"],
    ["sign-off with name on one line", "The delivery was late.\n\nThanks, Jane"],
    ["contact block", "The delivery was late.\n\nJane Doe\n+1 555 010 2222\nwww.customer.example"],
    ["disclaimer", "The delivery was late.\n\nThis email and any attachments are confidential and intended solely for the addressee."],
  ])("cuts the signature: %s", (_name, body) => {
    expect(extractLatestMessage(email(body)).text).toBe("The delivery was late.");
  });

  test("a sign-off gives the customer's name", () => {
    expect(extractLatestMessage(email("It broke.\n\nCheers,\nJane")).signOffName).toBe("Jane");
  });

  test("does not cut a sentence that merely starts with 'On'", () => {
    const text = "On Tuesday your team left the gate open and the dog got out.\nPlease call me.";
    expect(extractLatestMessage(email(text)).text).toBe(text);
  });

  test("a colleague's forward: the complaint and customer come from the forwarded message", () => {
    const body =
      "Can you look at this?\n\n---------- Forwarded message ---------\nFrom: Jane Doe <jane@customer.example>\nDate: Mon, 3 Mar 2025\nSubject: Late\nTo: <info@biz.example>\n\nThe delivery was late.\n\nThanks,\nJane";
    const result = extractLatestMessage(email(body, { from: { displayName: "Sam Staff", emailAddress: "sam@biz.example" } }), {
      mailboxOwner: { displayName: "Owner", emailAddress: "owner@biz.example" },
    });
    expect(result.text).toBe("The delivery was late.");
    expect(result.customer.emailAddress).toBe("jane@customer.example");
    expect(result.forwardedByColleague).toBe(true);
  });

  test("a customer forwarding someone else's message: their own note is the complaint", () => {
    const body =
      "My guest was charged the wrong rate for room 12 and I am not happy about it, see below.\n\n---------- Forwarded message ---------\nFrom: Guest <guest@elsewhere.example>\nDate: Mon, 3 Mar 2025\nSubject: Bill\n\nI was charged $300 instead of $200.";
    const result = extractLatestMessage(email(body), { mailboxOwner: { displayName: "Owner", emailAddress: "owner@biz.example" } });
    expect(result.text).toMatch(/^My guest was charged the wrong rate/);
    expect(result.customer.emailAddress).toBe("jane@customer.example");
    expect(result.forwardedContext).toContain("$300");
  });

  test("HTML email with an Outlook quote", () => {
    const body = '<div>The delivery was late.</div><div>Jane</div><div id="divRplyFwdMsg"><b>From:</b> Bob</div><div>Old text</div>';
    expect(extractLatestMessage(email(body, { bodyFormat: "html" })).text).toBe("The delivery was late.");
  });

  test("an oversized body is cut and says so", () => {
    const result = extractLatestMessage(email("x ".repeat(1000)), { maxChars: 100 });
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(100);
  });
});
