import fs from "fs";
import path from "path";
import { composeApology, DEFAULT_SETTINGS, EN, RECOVERY_MOVES, type LanguagePack, type Tone } from "../../../src/core";
import { ES } from "../../../src/core/apology/language/es";
import { FR } from "../../../src/core/apology/language/fr";
import { DE } from "../../../src/core/apology/language/de";
import { IT } from "../../../src/core/apology/language/it";
import { PT } from "../../../src/core/apology/language/pt";
import { NL } from "../../../src/core/apology/language/nl";

// Reviewed drafts: every move and tone in English, two moves per tone in each other language, and the
// customer's own words said back in each language. Regenerate with UPDATE_GOLDEN=1 after a wording
// change, then read every changed draft before committing it.
const file = path.join(__dirname, "../../fixtures/golden-drafts.json");
const settings = { ...DEFAULT_SETTINGS, businessName: "Brightside Catering", signerName: "Alex Rivera", signerTitle: "Owner", timeZone: "America/Chicago" };
const DETAILS: Record<string, string> = {
  replacement: "a corrected vegan tray, delivered by 11:30 AM",
  callback: "this afternoon before 4 PM",
  correction: "the invoice, re-issued without the duplicate charge",
  "refund-review": "our manager, Sam, by Thursday",
  "service-redo": "Saturday morning, at no charge",
  other: "We have already re-made the order and it leaves the kitchen at 11",
};

// The acknowledgment as the reading builds it: the main problem, a second one, a reference, a repeat.
const reading = { failureType: "execution" as const, issues: ["e:ignored", "c:noreply"], repeat: true, reference: "#4471", language: "en", seed: 1 };

const STATEMENTS: [LanguagePack, string][] = [
  [EN, "the vegan tray never arrived"],
  [ES, "la bandeja vegana nunca llegó"],
  [FR, "le plateau végétarien n'est jamais arrivé"],
  [DE, "Das vegane Tablett ist nie angekommen"],
];

function drafts(): Record<string, string> {
  const out: Record<string, string> = {};
  const packs: [LanguagePack, readonly string[]][] = [
    [EN, RECOVERY_MOVES.map((m) => m.id)],
    // In the other languages, two moves per tone: every sentence outside the fix is shared.
    [ES, ["replacement", "refund-review"]],
    [FR, ["callback", "service-redo"]],
    [DE, ["correction", "replacement"]],
    [IT, ["replacement", "callback"]],
    [PT, ["refund-review", "service-redo"]],
    [NL, ["correction", "callback"]],
  ];
  for (const [pack, moves] of packs) {
    for (const tone of ["warm", "neutral", "formal"] as Tone[]) {
      for (const id of moves) {
        const move = RECOVERY_MOVES.find((m) => m.id === id)!;
        out[`${pack.code}/${move.id}/${tone}`] = composeApology(
          {
            customerFirstName: "Priya",
            summary: "we missed the vegan note on your lunch order",
            reading: pack.code === "en" && tone !== "warm" ? undefined : reading,
            fix: { move: move.id, detail: pack.code === "en" ? DETAILS[move.id]! : "" },
            nextUpdate: { owner: "Alex Rivera", at: new Date("2026-03-13T20:00:00Z") },
            originalSubject: "Lunch order #4471",
            tone,
          },
          settings,
          pack,
        ).text;
      }
    }
  }
  // The customer's own words said back, in each language's own frame, with the reference and the repeat.
  for (const [pack, statement] of STATEMENTS) {
    out[`${pack.code}/statement/warm`] = composeApology(
      {
        customerFirstName: "Priya",
        summary: "we missed the vegan note on your lunch order",
        reading: { ...reading, statement, language: pack.code },
        fix: { move: "replacement", detail: "" },
        nextUpdate: { owner: "Alex Rivera", at: new Date("2026-03-13T20:00:00Z") },
        originalSubject: "Lunch order #4471",
        tone: "warm",
      },
      settings,
      pack,
    ).text;
  }
  return out;
}

test("each recovery move and tone composes the reviewed draft", () => {
  const current = drafts();
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
  const golden = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  expect(Object.keys(golden)).toHaveLength(58);
  expect(current).toEqual(golden);
});
