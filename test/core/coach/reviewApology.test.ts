import type { LanguagePack } from "../../../src/core/apology/language/types";
import { laneReadiness, reviewApology, type ApologyDraft } from "../../../src/core";

const draft = (text: string): ApologyDraft => ({ subject: "RE: x", html: "", text });
const ids = (text: string, ctx = {}) => reviewApology(draft(text), ctx).map((f) => f.id);
const GOOD = `Hi Tom,

I'm sorry that our engineer didn't turn up this morning after you took time off to wait. That falls below the standard we set, and it's on us to put it right.

We've booked a new visit for Thursday at 8:00 AM, first job of the day.

I'll call you by 4:00 PM on Wednesday, 11 March to confirm the engineer's name.

Thank you for giving us the chance to fix this.

Alex`;

describe("reviewApology", () => {
  test("a generic apology with no next step raises blockers", () => {
    const findings = reviewApology(draft("Dear valued customer,\n\nWe are sorry for the inconvenience. We take this very seriously.\n\nRegards,\nThe team"));
    const blockers = findings.filter((f) => f.severity === "blocker").map((f) => f.id);
    expect(blockers).toEqual(expect.arrayContaining(["missing-next-update", "vague-apology"]));
    // Ownership and the fix are written in too many ways to block on; they are strong warnings.
    expect(findings.filter((f) => f.severity === "warning").map((f) => f.id)).toEqual(expect.arrayContaining(["missing-ownership", "missing-fix"]));
    expect(findings.map((f) => f.id)).toContain("autopilot-phrase");
  });

  test("a draft that follows all four rules raises no blockers and no warnings", () => {
    const findings = reviewApology(draft(GOOD), {
      now: new Date("2026-03-10T09:00:00Z"),
      followUpAt: new Date("2026-03-11T16:00:00Z"),
      timeZone: "UTC",
      followUpOwner: "Alex",
    });
    expect(findings.filter((f) => f.severity !== "tip")).toEqual([]);
    expect(laneReadiness(GOOD)).toEqual({ acknowledgment: true, ownership: true, fix: true, nextUpdate: true });
  });

  test.each([
    ["vague-apology", "We are sorry if you were unhappy."],
    ["vague-apology", "We apologise for any inconvenience caused."],
    ["explanation-before-ownership", "Unfortunately due to staff shortages the order was late. That was our mistake."],
    ["explanation-before-ownership", "As per our policy deliveries can be late. That fell short."],
    ["blames-customer", "You should have told us about the allergy."],
    ["vague-timing", "We will get back to you soon."],
    ["vague-timing", "We'll sort it ASAP."],
    ["vague-timing", "You will hear from us in due course."],
    ["asks-to-restate", "Can you tell us what happened?"],
    ["autopilot-phrase", "Your feedback is important to us."],
    ["compensation-outside-policy", "We will give you a full refund today."],
    ["compensation-outside-policy", "Here is 20% off your next order."],
    ["no-greeting-name", "Hi there,\n\nSorry."],
    ["sensitive-matter", "I understand your lawyer has been in touch."],
    ["blames-customer", "Unfortunately the access code you gave us was wrong, which is why the cleaner couldn't get in."],
    ["blames-customer", "Our terms and conditions, which you agreed to when booking, clearly state that late cancellations are non-refundable."],
    ["asks-to-restate", "To help us investigate, please reply with your order number, a description of the issue and photos."],
    ["explanation-before-ownership", "It was an extremely busy weekend and the kitchen was two chefs down. Apologies that yours was late."],
  ])("catches %s in %j", (id, text) => {
    expect(ids(text)).toContain(id);
  });

  test.each([
    ["vague-apology", GOOD],
    ["vague-timing", "We'll be there at 9:00 AM sharp."],
    ["asks-to-restate", "You told us what happened, and we've checked it."],
    ["autopilot-phrase", GOOD],
    ["compensation-outside-policy", "I've passed your refund request to our manager for review."],
    ["no-greeting-name", "Hi Tom,\n\nSorry."],
  ])("does not flag %s where it doesn't apply", (id, text) => {
    expect(ids(text)).not.toContain(id);
  });

  test("compensation the business allows is not flagged", () => {
    expect(ids("We will give you a full refund today.", { allowedCompensation: ["refund"] })).not.toContain("compensation-outside-policy");
  });

  test("a sensitive matter from the analysis raises the check-with-your-advisor caution", () => {
    const reason = "Check the payment record and your card processor's dispute rules before replying.";
    const f = reviewApology(draft(GOOD), { sensitive: [{ kind: "chargeback", reason }] }).find((x) => x.id === "sensitive-matter");
    expect(f?.message).toBe(`This touches a chargeback. ${reason}`);
  });

  test("follow-up time: in the past, outside hours, beyond the window", () => {
    const now = new Date("2026-03-10T09:00:00Z");
    expect(ids(GOOD, { now, followUpAt: new Date("2026-03-10T08:00:00Z"), timeZone: "UTC" })).toContain("follow-up-in-past");
    expect(ids(GOOD, { now, followUpAt: new Date("2026-03-10T22:00:00Z"), timeZone: "UTC" })).toContain("follow-up-outside-hours");
    expect(ids(GOOD, { now, followUpAt: new Date("2026-03-14T12:00:00Z"), timeZone: "UTC" })).toContain("follow-up-outside-hours");
    expect(ids(GOOD, { now, followUpAt: new Date("2026-03-13T12:00:00Z"), timeZone: "UTC", windowHours: 48 })).toContain("follow-up-too-far");
  });

  test("the window counts from when the business is open: Friday night to Monday's close is not too far", () => {
    const fridayNight = new Date("2026-03-13T23:50:00Z");
    const context = { now: fridayNight, timeZone: "UTC", windowHours: 48 };
    expect(ids(GOOD, { ...context, followUpAt: new Date("2026-03-16T17:00:00Z") })).not.toContain("follow-up-too-far");
    expect(ids(GOOD, { ...context, followUpAt: new Date("2026-03-18T17:00:00Z") })).toContain("follow-up-too-far");
  });

  test("a missing follow-up owner is flagged", () => {
    expect(ids(GOOD, { followUpOwner: "" })).toContain("no-follow-up-owner");
  });

  test("a long draft is flagged for phone readers", () => {
    expect(ids(`${GOOD}\n\n${"word ".repeat(200)}`)).toContain("too-long");
  });

  test("a one-click fix removes an autopilot phrase", () => {
    const f = reviewApology(draft("Hi Tom, we take this very seriously.")).find((x) => x.id === "autopilot-phrase");
    expect(f?.fix?.find).toBe("we take this very seriously");
  });

  test("never throws on odd input", () => {
    expect(() => reviewApology({ subject: "", html: "", text: "" })).not.toThrow();
    expect(() => reviewApology(null as unknown as ApologyDraft)).not.toThrow();
  });
});

describe("the coach reads our own acknowledgments in every language pack", () => {
  // A draft in the customer's language must not be told it never says sorry.
  const { EN } = jest.requireActual("../../../src/core/apology/language/en");
  const { ES } = jest.requireActual("../../../src/core/apology/language/es");
  const { FR } = jest.requireActual("../../../src/core/apology/language/fr");
  const { DE } = jest.requireActual("../../../src/core/apology/language/de");
  const { IT } = jest.requireActual("../../../src/core/apology/language/it");
  const { PT } = jest.requireActual("../../../src/core/apology/language/pt");
  const { NL } = jest.requireActual("../../../src/core/apology/language/nl");
  const openers: [string, string][] = [];
  for (const pack of [EN, ES, FR, DE, IT, PT, NL] as {
    code: string;
    tones: Record<string, { sorryAbout: string[]; sorryThat: string[]; sorryWhatHappened?: string[] }>;
  }[])
    for (const tone of Object.values(pack.tones))
      for (const o of [...tone.sorryAbout, ...tone.sorryThat, ...(tone.sorryWhatHappened ?? [])]) openers.push([pack.code, o]);

  test.each(openers)("%s: %s", (_code, opener) => {
    expect(laneReadiness(`${opener} ...`).acknowledgment).toBe(true);
  });
});

describe("the coach reads every fix sentence of our own, in every language and tone, as a fix", () => {
  // Even where the pane doesn't pass it as the confirmed fix (a copied draft, an edited lane).
  const { RECOVERY_MOVES } = jest.requireActual("../../../src/core/apology/recoveryMoves");
  const sentences: [string, string, string][] = [];
  for (const move of RECOVERY_MOVES as { id: string; wording: Record<string, (d: string, t: string) => string> }[])
    if (move.id !== "other")
      for (const [code, say] of Object.entries(move.wording))
        for (const tone of ["warm", "neutral", "formal"])
          sentences.push([code, `${move.id} ${tone}`, say("", tone)], [code, `${move.id} ${tone}`, say("Friday", tone)]);
  test.each(sentences)("%s %s: %s", (_code, _move, sentence) => {
    expect(laneReadiness(sentence).fix).toBe(true);
  });
});

describe("ownership in other languages is read as people write it, and refusing it is not", () => {
  test.each([
    ["es", "Nos equivocamos con su pedido y es responsabilidad mía."],
    ["fr", "Nous nous sommes trompés, et j'en prends la responsabilité."],
    ["de", "Uns ist ein Fehler unterlaufen, und dafür übernehme ich die volle Verantwortung."],
    ["nl", "We hebben een fout gemaakt en dat neem ik op mij."],
    ["it", "Abbiamo sbagliato e la responsabilità è mia."],
    ["pt", "Erramos, e a responsabilidade é minha."],
  ])("%s: owned", (_code, sentence) => {
    expect(laneReadiness(sentence).ownership).toBe(true);
  });
  test.each([
    ["es", "No asumimos ninguna responsabilidad por el retraso."],
    ["fr", "Nous n'assumons aucune responsabilité pour ce retard."],
    ["de", "Wir übernehmen keine Verantwortung für die Verspätung."],
    ["de", "Sie hätten uns früher informieren müssen."],
    ["nl", "Wij nemen geen verantwoordelijkheid voor de vertraging."],
  ])("%s: not owned", (_code, sentence) => {
    expect(laneReadiness(sentence).ownership).toBe(false);
  });
});

describe("the coach reads our own next-update sentences in every language pack as a dated update", () => {
  // A Spanish draft with a time chosen must not be told to say who updates the customer, and when.
  const packs = ["en", "es", "fr", "de", "it", "pt", "nl"].map(
    (code) => Object.values(jest.requireActual(`../../../src/core/apology/language/${code}`))[0],
  ) as LanguagePack[];
  const at = new Date("2026-03-13T20:00:00Z");
  const sentences: [string, string, string][] = [];
  for (const pack of packs)
    for (const [tone, words] of Object.entries(pack.tones)) {
      const when = pack.formatTime(at, "UTC");
      sentences.push([pack.code, tone, words.nextUpdateSelf(when)], [pack.code, tone, words.nextUpdateOther("Sam Lee", when)]);
    }

  test.each(sentences)("%s %s: %s", (_code, _tone, sentence) => {
    expect(laneReadiness(sentence).nextUpdate).toBe(true);
  });
});

describe("the coach reads every ownership sentence of our own as owning it", () => {
  // Even where the pane doesn't pass them as the owner's sentences (a copied draft, the eval).
  const { allOwnership } = jest.requireActual("../../../src/core/apology/language/types");
  const packs = ["en", "es", "fr", "de", "it", "pt", "nl"].map(
    (code) => Object.values(jest.requireActual(`../../../src/core/apology/language/${code}`))[0],
  ) as LanguagePack[];
  const sentences: [string, string][] = [];
  for (const pack of packs)
    for (const [tone, words] of Object.entries(pack.tones)) for (const s of allOwnership(words) as string[]) sentences.push([`${pack.code} ${tone}`, s]);

  test.each(sentences)("%s: %s", (_tone, sentence) => {
    expect(laneReadiness(sentence).ownership).toBe(true);
    // And none of ours reads as a form letter to our own coach.
    const findings = reviewApology({ subject: "", html: "", text: `Hi Ann,\n\nI'm sorry. ${sentence}` });
    expect(findings.map((f) => f.id)).not.toContain("autopilot-phrase");
  });
});

describe("lanes written in other people's words, from replies written fresh for the coach", () => {
  test.each([
    ["ownership", "I'm really sorry the cake was damaged - that's down to us."],
    ["ownership", "Our text system sent the message too early, which is wrong, and we switched that off tonight."],
    ["fix", "I've already posted two replacement plates by tracked delivery."],
    ["fix", "We're baking a replacement now."],
    ["nextUpdate", "I'll check on Friday morning that it has reached you and drop you a line either way."],
    ["nextUpdate", "Otherwise I'll check in with you on Monday."],
    ["acknowledgment", "You're absolutely right to be upset - your sofa should never have arrived with a torn arm."],
  ] as const)("%s: %s", (lane, text) => {
    expect(laneReadiness(text)[lane]).toBe(true);
  });
});

describe("an acknowledgment that names only the kind of problem", () => {
  const kindOnly = "I'm so sorry about the mix-up.";
  const draft = (ack: string) => ({
    subject: "Re: Order",
    html: "",
    text: `Hi Priya,\n\n${ack} We got this wrong, and it's on me to put it right.\n\nWe're correcting the order now.\n\nI'll update you by 5:00 PM on Friday, 13 March.\n\nAlex`,
  });
  test("gets a tip, in its lane, while the draft still holds it", () => {
    const tip = reviewApology(draft(kindOnly), { kindOnlyAcknowledgment: kindOnly }).find((f) => f.id === "kind-only-acknowledgment");
    expect(tip).toMatchObject({ field: "acknowledgment", severity: "tip" });
    expect(tip!.message).toMatch(/in the customer's terms/);
  });
  test("and none once the user has said what went wrong", () => {
    const ids = reviewApology(draft("I'm so sorry your cake arrived with the wrong name on it."), { kindOnlyAcknowledgment: kindOnly }).map((f) => f.id);
    expect(ids).not.toContain("kind-only-acknowledgment");
  });
});
