import fs from "fs";
import path from "path";
import { composeApology, DEFAULT_SETTINGS, RECOVERY_MOVES, type Tone } from "../../../src/core";

// Reviewed drafts, one per recovery move and tone. Regenerate with UPDATE_GOLDEN=1 after a wording
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

function drafts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tone of ["warm", "neutral", "formal"] as Tone[]) {
    for (const move of RECOVERY_MOVES) {
      out[`${move.id}/${tone}`] = composeApology(
        {
          customerFirstName: "Priya",
          summary: "we missed the vegan note on your lunch order",
          fix: { move: move.id, detail: DETAILS[move.id]! },
          nextUpdate: { owner: "Alex Rivera", at: new Date("2026-03-13T20:00:00Z") },
          originalSubject: "Lunch order #4471",
          tone,
        },
        settings,
      ).text;
    }
  }
  return out;
}

test("each recovery move and tone composes the reviewed draft", () => {
  const current = drafts();
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
  const golden = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  expect(Object.keys(golden)).toHaveLength(18);
  expect(current).toEqual(golden);
});
