import { issueObject } from "../../../src/core/analysis/issueObject";

// The acknowledgment names this thing ("I'm so sorry about the broken cake") when no clause can be
// said back, so it must only ever be a plain thing from the customer's words, or nothing.
describe("issueObject", () => {
  test.each([
    ["My cake arrived broken and the party was ruined.", "the broken cake"],
    // A count is not part of the thing: "two of the four dishes were wrong".
    ["When it came, two of the four dishes were wrong.", "the wrong dishes"],
    ["You sent the wrong grilles for the front windows.", "the wrong grilles"],
    ["The invitations are wonderful but the phone number was wrong on the back.", "the wrong phone number"],
    ["When he mounted the TV he drilled through a water supply line in the wall.", "the damage to the water supply line"],
    ["Your crew trenched right through our fibre line on Tuesday.", "the damage to the fibre line"],
    ["The gold foil on our names is smudged on a third of them.", "the smudged gold foil"],
    ["The label on the jar was misspelt.", "the misspelt label"],
    ["You rang to tell me it had been “double-booked” with a Christmas party.", "the double booking"],
    ["I see you double-charged my card on Friday.", "the double charge"],
  ])("%s → %s", (text, thing) => {
    expect(issueObject(text)).toBe(thing);
  });

  test.each([
    ["a person, not a thing", "My son was late for school because the driver was late."],
    ["a part too general to name", "The back was broken when it came."],
    ["a hole through a wall, which may be the job", "He drilled through the wall to run the cable."],
    ["no failure at all", "The technician came on Tuesday and fitted the new part."],
  ])("nothing for %s", (_why, text) => {
    expect(issueObject(text)).toBeNull();
  });
});
