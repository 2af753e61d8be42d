import { swapPerson } from "../../../src/core/analysis/summary";

// The summary and the acknowledgment speak from our side: the customer's "I" is "you", their
// "you" is "we" or "us".
describe("swapPerson", () => {
  test.each([
    ["I waited all morning and you never called me", "you waited all morning and we never called you"],
    ["Your tech left my gate open", "Our tech left your gate open"],
    ["you charged my card twice", "we charged your card twice"],
    ["I told you on the phone", "you told us on the phone"],
    ["your guy showed up at noon", "our team member showed up at noon"],
    // Emphasis in capitals is the customer's; from our side it is plain.
    ["It's MY visit summary and YOUR office sent it", "It's your visit summary and our office sent it"],
    // A code that happens to spell a pronoun is left alone.
    ["ticket ME-4471882 was closed", "ticket ME-4471882 was closed"],
    ["I paid in US dollars", "you paid in US dollars"],
    // "you" as anyone stays "you"; "you" as us becomes "we".
    ["one socket sparks when you plug anything in", "one socket sparks when you plug anything in"],
    ["it leaks every time you turn the tap on", "it leaks every time you turn the tap on"],
    ["when you installed it, you said it was fine", "when we installed it, we said it was fine"],
  ])("%s → %s", (customer, ours) => {
    expect(swapPerson(customer)).toBe(ours);
  });
});
