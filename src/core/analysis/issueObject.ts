// The thing that went wrong, named only where the customer's own words say it plainly: "the
// wrong address", "my cake arrived broken" → "the broken cake". A nearest-noun guess was wrong
// about half the time on the development corpus, so anything less plain gives null and the
// acknowledgment names the kind of problem instead.

// People, and nouns too general or too partial to name the problem.
const NOT_A_THING = new Set(
  [
    "time day days week weeks way thing things problem problems issue issues one ones person people someone guy man woman lady",
    "son daughter father mother husband wife child children kids baby family friend owner tech technician crew driver vet doctor nurse manager staff team",
    "back side front top bottom middle edge inside outside",
  ]
    .join(" ")
    .split(" "),
);
// Words that cannot be part of the noun phrase.
const NOT_IN_PHRASE =
  /^(is|are|was|were|be|been|has|have|had|and|or|but|to|of|in|on|at|for|with|from|by|that|which|who|it|this|these|those|all|still|just|also|very|so|not|no|we|you|i|they|he|she|one|after|before|instead|than|rather|when|since|again)$/;

const STATE =
  "broken|damaged|cracked|smashed|dented|ripped|torn|stained|ruined|wet|cold|late|missing|wrong|scratched|leaking|faulty|dirty|stale|wilted|crushed|bent|chipped|mouldy|moldy|burnt|soaked|shrunk|undercooked|smudged|smeared|faded|blurred|blurry|misspelt|misspelled|crooked|uneven|peeling|overcooked|expired";
const WRONG_THING = /\b(?:the|a|an)\s+wrong\s+([a-z]+(?:[ -][a-z]+)?)\b/i;
const THING_IN_STATE = new RegExp(
  `\\b(?:my|our|the|his|her|their)\\s+([a-z-]+(?:\\s[a-z-]+){0,2})(?:\\s+(?:on|in|of|at)\\s+(?:my|our|the|your|his|her|their)\\s+[a-z-]+)?\\s+(?:is|was|were|are|has been|have been|had been|arrived|came|showed up|turned up|got|looks|looked)\\s+(?:still\\s+|completely\\s+|all\\s+|badly\\s+|totally\\s+|already\\s+)?(${STATE})\\b`,
  "i",
);

// Something of theirs our people went through: "he drilled through a water supply line in the
// wall" → "the damage to the water supply line". Up to three words after the article, cut at
// the first word that can't be part of the name.
const WENT_THROUGH =
  /\b(?:drilled|cut|sawed|sawn|dug|trenched|punched|nailed|screwed)\s+(?:right\s+|straight\s+)?through\s+(?:a|an|the|my|our|his|her|their)\s+([a-z-]+(?:\s[a-z-]+){0,2})/i;

// Failures with a name of their own, as the customer wrote them.
const NAMED_FAILURE: [RegExp, string][] = [
  [/\bdouble[- ]?book(?:ed|ing)\b/i, "the double booking"], // "it had been double-booked"
  [/\bover[- ]?book(?:ed|ing)\b/i, "the overbooking"], // "the flight was overbooked"
  [/\bdouble[- ]?charg(?:ed|e|ing)\b/i, "the double charge"], // "you double-charged me"
];

function leadingThing(words: string): string | null {
  const parts = words.toLowerCase().split(/\s+/);
  const stop = parts.findIndex((w) => NOT_IN_PHRASE.test(w));
  return cleanThing(parts.slice(0, stop < 0 ? parts.length : stop).join(" "));
}

function cleanThing(words: string): string | null {
  // "two of the four dishes were wrong": the wrong dishes, not "the wrong four dishes".
  const parts = words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|both|all)$/.test(w));
  if (!parts.length || parts.some((w) => NOT_IN_PHRASE.test(w))) return null;
  if (NOT_A_THING.has(parts[parts.length - 1]!)) return null;
  return parts.join(" ");
}

/** "the wrong address", "the broken cake", "the damage to the water supply line", or null. English only. */
export function issueObject(latest: string): string | null {
  const text = latest.slice(0, 20_000);
  const state = THING_IN_STATE.exec(text);
  if (state) {
    const thing = cleanThing(state[1]!);
    if (thing) return `the ${state[2]!.toLowerCase()} ${thing}`;
  }
  const wrong = WRONG_THING.exec(text);
  if (wrong) {
    const thing = leadingThing(wrong[1]!);
    if (thing) return `the wrong ${thing}`;
  }
  for (const [re, name] of NAMED_FAILURE) if (re.test(text)) return name;
  const through = WENT_THROUGH.exec(text);
  if (through) {
    const thing = leadingThing(through[1]!);
    if (thing && !/^(?:wall|walls|floor|ceiling|roof|door|board|plasterboard|drywall)$/.test(thing)) return `the damage to the ${thing}`;
  }
  return null;
}
