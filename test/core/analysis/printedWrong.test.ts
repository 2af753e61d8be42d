import { printedWrong } from "../../../src/core/analysis/printedWrong";

// Said back to the customer in their own quotation, so only when they correct it in the next breath.
describe("printedWrong", () => {
  test.each([
    ["en", 'The robe is gorgeous, but the embroidery says "Grandma Maragret". Her name is Margaret.', "the embroidery says “Grandma Maragret”"],
    ["en", "My cake reads “Happy Birthday Ella”. It should say Isla!", "your cake says “Happy Birthday Ella”"],
    ["en", 'The card attached to it says "In loving memory of Joan" - her name was Jean.', "the card says “In loving memory of Joan”"],
    [
      "en",
      "The label on the box says bisoprolol 2.5mg. The tablets inside are 5mg — it says so on the strip.",
      "the label on the box says bisoprolol 2.5mg, but the tablets inside are 5mg",
    ],
    ["en", 'The card says "Saturday 14th June" but the wedding is on the 21st. It should say the 21st.', "the card says “Saturday 14th June”"],
    [
      "en",
      "I ordered size 8. The box is labelled 8 but the boots inside are 10s. I need them by the 20th.",
      "the box is labelled 8, but the boots inside are 10s",
    ],
    [
      "en",
      'All 200 of the menus you printed for our restaurant have "Chiken" instead of "Chicken" on the front.',
      "all 200 of the menus we printed for your restaurant have “Chiken” instead of “Chicken”",
    ],
    [
      "en",
      'Your decorators painted our bedroom in "Sage Mist" instead of "Silver Mist".',
      "our decorators painted your bedroom in “Sage Mist” instead of “Silver Mist”",
    ],
    ["nl", "Maar op het lint staat “Opa Henk” en hij heette Hein.", "op het lint staat “Opa Henk”"],
    ["de", "Auf der Schleife steht „Opa Henk“, er hieß aber Hein.", "Auf der Schleife steht „Opa Henk“"],
    ["es", 'La tarta dice "Feliz cumpleaños Ella" y mi hija se llama Isla.', "la tarta dice “Feliz cumpleaños Ella”"],
    ["fr", "Sur le ruban, il est écrit « Papy Henri » alors qu'il s'appelait Henrique.", "sur le ruban, il est écrit « Papy Henri »"],
  ])("%s: %s", (language, latest, said) => {
    expect(printedWrong(latest, language)).toBe(said);
  });

  test.each([
    ["en", 'The tracking still says "delivered" and there is no parcel anywhere.'],
    ["en", 'The label says "fragile". The box was crushed.'],
    ["en", "The box says size 10. I love the colour."],
    ["nl", "Op het lint staat “Opa Hein”, precies goed."],
    ["de", "Auf der Karte steht „Alles Gute“. Sehr schön!"],
    // Only in the email's own language.
    ["fr", 'The robe is gorgeous, but the embroidery says "Grandma Maragret". Her name is Margaret.'],
  ])("nothing for %s: %s", (language, latest) => {
    expect(printedWrong(latest, language)).toBeUndefined();
  });
});
