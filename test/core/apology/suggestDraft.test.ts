import {
  acknowledgmentIsSpecific,
  composeApology,
  composeLanes,
  DEFAULT_SETTINGS,
  EN,
  readComplaint,
  reviewApology,
  suggestDraft,
  type IncomingEmail,
} from "../../../src/core";
import { ES } from "../../../src/core/apology/language/es";
import { detectLanguage } from "../../../src/core/analysis/language";

const now = new Date("2026-03-10T14:30:00Z");
const settings = { ...DEFAULT_SETTINGS, signerName: "Alex Rivera", businessName: "Brightside", timeZone: "UTC" };
const email = (body: string, subject = "Order problem"): IncomingEmail => ({
  subject,
  from: { displayName: "Priya Shah", emailAddress: "priya@x.example" },
  body,
  bodyFormat: "text",
  receivedAt: now,
});
const suggest = (body: string, subject?: string) => {
  const analysis = readComplaint(email(body, subject), { now });
  return { analysis, s: suggestDraft(analysis, settings, { now }) };
};

describe("suggestDraft", () => {
  const body = "Hi,\n\nThis is the second time the delivery for order #4471 never showed up, and nobody called me back. I need it by Friday 3pm.\n\nPriya";

  test("claims no fix and promises no time until the user gives them", () => {
    const { s } = suggest(body);
    const text = composeApology(s.input, settings).text;
    expect(s.input.fix.confirmed).toBe(false);
    expect(s.input.nextUpdate.at).toBeNull();
    expect(text).not.toMatch(/\b(booked|scheduled|sent|refunded|preparing|replacement|already|by \d)/i);
    // The coach counts the fix and the update as missing, so the user is asked for them.
    const ids = reviewApology(composeApology(s.input, settings)).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["missing-fix", "missing-next-update"]));
  });

  test("offers the move the customer asked for and a first time before their deadline", () => {
    const { analysis, s } = suggest("The cake arrived broken. Please send a replacement, we need it by Friday 3pm.\n\nPriya");
    expect(s.suggestedMove).toBe("replacement");
    expect(s.suggestedFollowUpAt).not.toBeNull();
    expect(s.suggestedFollowUpAt!.getTime()).toBeLessThanOrEqual(analysis.customerDeadline!.date!.getTime());
  });

  test("the acknowledgment names the problem, the reference and the repeat in our words", () => {
    const { s } = suggest(body);
    const ack = composeLanes(s.input, settings).acknowledgment;
    expect(ack).toMatch(/sorry/i);
    expect(ack).toContain("#4471");
    expect(ack).toMatch(/never showed up|what we promised didn.t happen/);
    expect(ack).toMatch(/second time|isn't the first time/);
    expect(ack).not.toMatch(/\b(my|me)\b/);
  });

  test("asking that it never happen again is not saying it happened before", () => {
    const { s } = suggest(
      "Your office emailed my alarm code to another client. I need to know what you are doing to make sure this doesn't happen again.\n\nPriya",
    );
    expect(s.input.reading?.repeat).toBe(false);
    expect(composeLanes(s.input, settings).acknowledgment).not.toMatch(/first time|again/);
    const again = suggest("Your office emailed my alarm code to another client, again. Make sure it never happens again.\n\nPriya");
    expect(again.s.input.reading?.repeat).toBe(true);
    // In the customer's language: "the third time" is a repeat; "paint it again in the right colour" asks for a redo.
    expect(suggest("Essa é a terceira vez em um mês que a equipe não aparece.\n\nPatrícia").s.input.reading?.repeat).toBe(true);
    expect(suggest("For the third week running, the 6:30am spin class was cancelled with no notice.\n\nDev").s.input.reading?.repeat).toBe(true);
    expect(suggest("O quarto foi pintado na cor errada. Preciso que vocês pintem de novo na cor certa.\n\nPatrícia").s.input.reading?.repeat).toBe(false);
  });

  test("when someone was hurt, the acknowledgment says so, and a rash is not called damage", () => {
    const { s } = suggest("The pool was over-chlorinated on Friday. My son broke out in a rash and we took him to urgent care.\n\nPriya");
    expect(s.input.reading?.issues).toContain("q:harm");
    const ack = composeLanes(s.input, settings).acknowledgment;
    // Either restated ("your son broke out in a rash") or named ("someone was hurt").
    expect(ack).toMatch(/rash|someone was hurt or made unwell/);
    expect(ack).not.toMatch(/damage/);
    // Ownership of finding out what happened, not of the cause: that needs advice first.
    const ownership = composeLanes(s.input, settings).ownership;
    expect(ownership).toMatch(/find out exactly what happened/);
    expect(ownership).not.toMatch(/fault|put it right|standard of work/);
  });

  test("on a health or safety case the ownership owns finding out what happened, even before anyone is hurt", () => {
    const { analysis, s } = suggest("Your pharmacy gave my mother the wrong strength of her heart tablets. She hasn't taken any yet.\n\nPriya");
    expect(analysis.sensitive.map((m) => m.kind)).toContain("health-safety");
    const ownership = composeLanes(s.input, settings).ownership;
    expect(ownership).toMatch(/find out exactly what happened/);
    expect(ownership).not.toMatch(/got this wrong|fault/);
  });

  test("after the customer's own words, a billing error or a promise not kept is named too, once", () => {
    const pool = suggest(
      "My pool is green. Nobody has been here since August 4th - I have the camera footage - and I just got charged for four weekly visits in August.\n\nBrittany",
    );
    const ack = composeLanes(pool.s.input, settings).acknowledgment;
    expect(ack).toMatch(/nobody has been out to you since August 4th, and for the billing error\.$/);
    // Already said: not named again.
    const twice = suggest("You charged my card twice for invoice INV-20931 and nobody has replied to my emails.\n\nPriya");
    expect(composeLanes(twice.s.input, settings).acknowledgment).not.toMatch(/billing error/);
  });

  test("the acknowledgment restates a clean statement of what failed, from our side", () => {
    const { s } = suggest("Hi,\n\nThe phone number is wrong on all 500 of the business cards. I approved the proof and it was right.\n\nPriya");
    const ack = composeLanes(s.input, settings).acknowledgment;
    expect(ack).toMatch(/sorry that the phone number is wrong on all 500/i);
    expect(ack).not.toMatch(/\b(my|me)\b/);
  });

  test("different complaints do not read the same", () => {
    const a = composeLanes(suggest(body).s.input, settings).acknowledgment;
    const b = composeLanes(suggest("You charged my card twice for invoice INV-2291. Fix it.\n\nPriya").s.input, settings).acknowledgment;
    expect(a).not.toEqual(b);
  });

  test("a thank-you note gets a plain reply, with no apology and no fix", () => {
    const { s } = suggest("Just wanted to say thank you, the team did a lovely job on Saturday.\n\nPriya", "Thank you!");
    expect(s.kind).toBe("reply");
    const text = composeApology(s.input, settings).text;
    expect(text).not.toMatch(/sorry|apolog/i);
    expect(text).toMatch(/Thank you for your message\./);
  });

  test("a Spanish complaint is offered in Spanish, with no English sentence in it", () => {
    const { s } = suggest("Hola,\n\nEl fontanero no vino el lunes y nadie me llamó. Necesito que venga antes del viernes.\n\nCarmen", "Fontanero");
    expect(s.language).toBe("es");
    const input = { ...s.input, fix: { ...s.input.fix, confirmed: true }, nextUpdate: { ...s.input.nextUpdate, at: new Date("2026-03-11T10:00:00Z") } };
    const text = composeApology(input, settings, ES).text;
    const body = text.split("\n\n").slice(0, -1).join("\n\n");
    expect(detectLanguage(body)).toBe("es");
    expect(body).not.toMatch(/\b(the|sorry|we|you)\b/i);
    expect(text).toMatch(/miércoles 11 de marzo a las 10:00/);
  });

  test("a Spanish complaint's own words are said back in Spanish, and never inside an English draft", () => {
    const { s } = suggest("Hola,\n\nEl inodoro sigue goteando sin parar desde el martes. Pedido 7781.\n\nCarmen", "Inodoro");
    expect(s.input.reading?.statement).toBe("el inodoro sigue goteando sin parar desde el martes");
    expect(composeLanes(s.input, settings, ES).acknowledgment).toMatch(
      /^(Siento|Lamento)[^:]+: el inodoro sigue goteando sin parar desde el martes \(7781\)\.$/,
    );
    // Switched to English, the reply names the kind of failure in English instead.
    const english = composeLanes(s.input, settings, EN).acknowledgment;
    expect(english).toMatch(/^I'm/);
    expect(english).not.toMatch(/inodoro/);
  });

  test("says whether the acknowledgment names the customer's problem or only its kind", () => {
    const specific = suggest("The vegan tray never arrived for our lunch order.\n\nPriya").s.input.reading!;
    expect(specific.statement).toBeDefined();
    expect(acknowledgmentIsSpecific(specific, EN, "warm")).toBe(true);
    const vague = suggest("Very unhappy with how Saturday went.\n\nPriya").s.input.reading!;
    expect(acknowledgmentIsSpecific(vague, EN, "warm")).toBe(false);
    // An English statement is not said in a Spanish draft, so there the acknowledgment is the kind only.
    expect(acknowledgmentIsSpecific(specific, ES, "warm")).toBe(false);
  });

  test.each([
    ["it", "Buongiorno,\n\nLa consegna è arrivata con due ore di ritardo e le pizze erano fredde. Ordine 3318.\n\nGiulia", /Buongiorno Giulia,/],
    ["pt", "Olá,\n\nA equipe não apareceu de novo hoje e ninguém me avisou. Fiquei esperando a tarde toda.\n\nPatrícia", /Olá, Patrícia,/],
    ["nl", "Goedemiddag,\n\nHet lint is met de verkeerde naam bedrukt en niemand heeft mij teruggebeld.\n\nMarieke", /Beste Marieke,/],
  ])("a complaint in %s gets a draft in that language, with no English sentence in it", async (code, body, greeting) => {
    const { s } = suggest(body, "Klacht");
    expect(s.language).toBe(code);
    const pack = Object.values(await import(`../../../src/core/apology/language/${code}`))[0] as typeof EN;
    const input = { ...s.input, fix: { ...s.input.fix, confirmed: true }, nextUpdate: { ...s.input.nextUpdate, at: new Date("2026-03-11T10:00:00Z") } };
    const text = composeApology(input, settings, pack).text;
    const draftBody = text.split("\n\n").slice(0, -1).join("\n\n");
    expect(text).toMatch(greeting);
    expect(detectLanguage(draftBody)).toBe(code);
    expect(draftBody).not.toMatch(/\b(the|sorry|you|I'll|with)\b/i);
    expect(draftBody).toMatch(/10:00/);
    // The coach reads our own draft in that language: no missing part, no wrong-language warning.
    const ids = reviewApology({ ...composeApology(input, settings, pack) }, { customerLanguage: code }).map((f) => f.id);
    expect(ids).not.toEqual(expect.arrayContaining([expect.stringMatching(/^missing-|wrong-language/)]));
  });

  test("English stays the fallback for languages we don't read", () => {
    const { s } = suggest("Dzień dobry, dostawa przyszła spóźniona i pizze były zimne. Zamówienie 3318.\n\nJoanna");
    expect(s.language).toBe("en");
    expect(composeLanes(s.input, settings, EN).acknowledgment).toMatch(/^I'm/);
  });
});
