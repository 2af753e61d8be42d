// What went wrong as one plain clause from our side, when the summary holds one clean enough to
// say back to the customer: "I'm so sorry that <the phone number is wrong on all 500 of them>".
// Part of the reading (it runs in the reader script, not the pane's start-up script).
import { plain } from "../text/wordEdges";
import { printedWrong } from "./printedWrong";
import { otherLanguageStatement } from "./statementOtherLanguages";

// A statement must end on a word that can end a clause, hold no demand, guess, hearsay or
// question ("called to find out why..."), no first person left over from the customer, and be
// short enough to read in one breath.
const DANGLING =
  /(?:^|\s)(?:the|a|an|at|as|of|to|(?<!\b(?:paid|asked|waited|looked|cared|called|booked) )for|and|or|but|with|who|which|that|being|until|from|by|on|(?<!\b(?:put|plug|plugged|checked|moved|logged|came|went|let|broke|got|handed|sent|brought|fitted|filled|the car|it|anything|something) )in|our|your|their|his|her|its|-|–|—)$|\s(?:until|by|on|from|since|before|after) \d{1,2}$/i;
const DEMAND =
  /\b(want|wants|need|needs|please|would|'d like|expect|demand|asking|ask|refund|should|must|will|going to|think|assume|hope|could|might|may|supposed|said|say|says|saying|told|informed you|notified you|advised you|apparently|probably|seems?|if|why|find out|wonder\w*)\b/i;
// It must open on the thing or the people it is about, so it reads on from "I'm so sorry that":
// "both bathrooms were not touched", "nobody has been here since August 4th". A bare pronoun
// ("it", "she") has lost what it stood for.
const SUBJECT =
  /^(you (?:found|discovered) (?=an? |some |two |three )|you (?:ordered|asked for|booked|paid for|chose) [^,;]{2,40}? (?:and|but) (?:got|received|were sent|were given)\b|you (?:collected|picked up|got back|received) (?:your|the) [^,;]{1,50}? and (?:it|they)(?:'s|'re| is| are| was| were| has| have)\b|you (?:now |still |also )?have no (?!idea|choice|option|way)|you(?:'ve| have)? (?:received|got) (?=an? [^,;]{0,40}?\b(?:penalty|fine|late fee|surcharge|bill for)\b)an?|you're still waiting|you(?: were| have been|'ve been| got) (?:\w+ )?(?:charged|billed|overcharged|sent|given|left|kept)\b|you (?:still )?(?:haven't|have not|don't have|do not have|didn't get|did not get|never got)\b|you still (?:can't|cannot|couldn't|could not)\b|you(?:'ve| have)? (?:still )?(?:heard nothing|had no (?:reply|response|answer|call|callback))\b|an? [^,;]{1,40}? (?:means|meant) (?:that )?you\b|the|your|our|both|all|every|each|one|nobody|no one|none|nothing|there|two|three|four|five|six|seven|eight|nine|ten|several|most|half|we|our \w+|\d+|(?:box|room|table|order|item|invoice|unit|flat|apartment|suite|bag|crate|parcel|package|tray|pallet|car|van|truck|bike|lot) (?:#|no\.? ?)?\d+|(?:someone|somebody|a stranger|a man|a woman) (?=let (?:himself|herself|themselves) in)|an? (?:man|woman|guy|lad|member|driver|worker) (?:from|of|on) our \w+|(?:reception|the desk|security|head office|customer services?|support) (?=(?:had|has|was|were|said|told|didn't|did not|couldn't|could not|never|gave|sent|lost|cancelled|refused)\b)|(?:water|rain|sewage|paint|mould|mold|grease|oil|smoke|dust|damp) (?=(?:was|is|has|had|came|comes|got|kept|keeps|started|poured|leaked|dripped)\b))\b/i;
// And it must say something happened: a finite verb.
const FINITE =
  /\b(you're|there's|it's|that's|we've|you've|they've|taken|given|done|gone|seen|been|is|was|were|are|has|have|had|did|does|do|isn'?t|wasn'?t|weren'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|don'?t|never|came|went|got|left|broke|turned|showed|took|gave|ran|fell|sent|put|cut|split|means|meant|set|let|hit|made|kept|sold|paid|built|brought|bought|held|wrote|drove|threw|tore|dug|hung|shut|lost|found|runs|makes|keeps|smells|looks|sounds|feels|shows|stops|comes|goes|takes|gets|trips|squeal|squeak|grind|rattle|leak|drip|won't|can't|\w{3,}ed)\b/i;
// A statement must say what failed. One shape of failure a line, with what it catches; the lines
// are joined into one pattern on word edges, so their order doesn't matter.
const FAILURE_SHAPES = [
  String.raw`not|never|no|nobody|nothing|none|missed|missing|forgot|lost|went missing|disappeared|deleted|wiped|instead`, // "the windows weren't touched", "none of the platters were labelled"
  String.raw`cancel+ed|refused|denied|suspended|truncated|stops|expired|stuck`, // "the teacher has cancelled four lessons"
  String.raw`failed(?= to\b| again\b| on\b| after\b| within\b|[,.;]|$)`, // "the front brake failed on the first hill"
  String.raw`(?:is|are|was|were|has been|have been) (?:all |completely )?gone`, // "everything on the desktop is gone"
  String.raw`(?:has|have|had|is|are|was|were) (?:now )?(?:been )?without`, // "your tenant has been without heating"
  String.raw`(?:arrived|came|turned up|was delivered|were delivered|was sent|were sent)(?: \w+){0,2} without`, // "arrived today without the blazer"
  String.raw`(?:was|were|is|are) for (?:a different|another|the wrong|someone else)`, // "the paperwork was for a different dog"
  String.raw`(?:ordered|asked for|booked|paid for|chose) [^,;]{2,40}? (?:and|but) (?:got|received|were sent|were given)`, // "you ordered a lemon cake and got chocolate"
  String.raw`should(?:n't| not)? have\b`, // "a check-up that should have been on the NHS"
  String.raw`late|left (?:\d+ (?:minutes|mins|hours?) )?early|finished (?:\d+ (?:minutes|mins|hours?) )?early`, // "left 30 minutes early"
  String.raw`twice|charged|overcharged|double-booked|still (?:took|taken|charged|billed|debited|deducted|sent)`, // "we still took £45"
  String.raw`(?:deducted|withheld|kept|took|taken) (?:£|\$|€)\d[\d,.]*`, // "deducted £450 from your deposit"
  String.raw`(?:received|got|given|issued) (?:with )?an? [^,;]{0,40}?(?:penalty|fine|late fee)`, // "a £100 late filing penalty"
  String.raw`wrong|cold|lukewarm|stale|wilted|dead|out of tune|undercooked|overcooked`, // "the hot water only runs lukewarm"
  String.raw`pink (?:in the middle|inside)|raw (?:in the middle|inside|in the cent(?:re|er))`, // "the chicken was pink in the middle"
  String.raw`broken|broke|damaged|split|ripped|torn|cracked|snapped|smashed|shattered|bent|chipped|popped|in pieces|ruined`, // "the lid is cracked"
  String.raw`crushed|squashed|collapsed|toppled|fell over|slid|slipped|sagg\w+`, // "the top tier had slid"
  String.raw`scratch\w*|dent(?:ed|s)?|gouge[ds]?|burn marks?|scorch marks?|scorch\w*|stained|stains`, // "a round burn mark on the worktop"
  String.raw`faded|bleached|melted|warped|shrunk|shrank|washed out`, // "your wool coat came back shrunk"
  String.raw`(?:has|had|have|with) (?:a|an|two|three|several) (?:\w+ )?(?:tears?|rips?|holes?|cracks?|dents?|stains?|chips?|scratch(?:es)?|gaps?)\b`, // "one of the cushions has a tear"
  String.raw`\d+\s?(?:cm|mm|inch(?:es)?|in|ft|feet) (?:too )?(?:short|long|narrow|wide|low|high)|too (?:short|long|narrow|small|tight)`, // "the blinds are 5cm too short"
  String.raw`uneven|wonky|crooked`, // "the hem is uneven"
  String.raw`loose|lifting|peel\w*|rippl\w+|coming (?:away|off|loose|apart)|pulling (?:away|off)|fell (?:out|off|apart|down)`, // "the filling fell out"
  String.raw`came (?:out(?! (?:to|today|on|again|for|yesterday|this|last|twice|here|there)\b)|off|apart|away)`, // "the hose came off", not "came out today"
  String.raw`blurry|blurred|out of focus|overexposed|grainy`, // "most of the ceremony photos are blurry"
  String.raw`wet|damp|soaked|flooded|leak\w*|dripping|drips|overflowing|blocked`, // "the downpipe is still blocked"
  String.raw`(?:coming|came|leaking|dripping|pouring) (?:through|in through|down)`, // "water was coming through the ceiling"
  String.raw`filthy|dirty|sticky|grimy|disgusting|mould|mold|mouldy|moldy|bites`, // "the changing rooms have been filthy"
  String.raw`smell(?:ed|s)? of|stank|stinks|gas smell|smell of gas|burning smell|draught|draughty|drafty`, // "a strong gas smell in the kitchen"
  String.raw`(?:hair|glass|plastic|metal|insect|fly|bug|bone|stone|screw)s? (?:in|baked into|inside)`, // "a long hair baked into your sandwich"
  String.raw`banging|noisy|rattl\w+|whistl\w+|grinding|squeak\w+|squeal\w*`, // "the brakes squeal every time you stop"
  String.raw`dropping|cut(?:s|ting)? out|trips the|tripping|exposed|(?:is|was|were|are|has been|have been|went) down\b`, // "the boiler pressure is dropping", "the site has been down"
  String.raw`(?:was|were|got|has been|had been) cut off`, // "the music was cut off at 10pm"
  String.raw`warning light (?:came|has come|comes|is|was|went) on|(?:carbon monoxide|co|smoke|fire|gas) alarms? (?:went|kept going|going) off`, // "the oil warning light came on"
  String.raw`still (?:active|there|alive|live|present)|still (?!expecting|hoping|wanting|thinking|trying|planning|looking|deciding)\w+ing`, // "the wasp nest is still active", "still leaking"
  String.raw`rude|dismissive|condescending|hung up on|barely|hardly any`, // "the tutor was rude to your daughter"
  String.raw`ill|sick|headaches?|vomit\w*|rash|burn(?:ed|t|s)|bleeding|injured|hurt|electric shock|infected`, // "your son broke out in a rash"
  String.raw`(?:reversed|backed|drove|crashed|ran) into|dropped(?! (?:off|by|in|round|over|out|back)\b)|let (?:himself|herself|themselves) in(?:to)?`, // "our van reversed into your fence"
  String.raw`(?:put|left|spread|sprayed|spilled|spilt|dumped|tipped|poured|scattered|threw|tracked) [^,;]{0,30}? all over`, // "granules all over the dog run"
  String.raw`(?:drilled|cut|dug|trenched|sawed|sawn|punched|went|nailed|screwed|mowed|drove|ran|trampled|walked) (?:right |straight )?through`, // "trenched right through your fiber line"
];
const FAILED = new RegExp(String.raw`\b(${FAILURE_SHAPES.join("|")})\b|n't\b`, "i");
// Where a clause of the summary ends and another begins: "; ", a dash ("cold in the middle – the
// arancini particularly"), ", and when…", or a comma or joining word before a new subject
// ("..., and nobody called"); "because the…" gives the reason, which is the failure ("they're
// proposing a penalty because the 1099-R wasn't reported"), but not why the customer noticed.
const CLAUSE_EDGE =
  /;\s+|:\s+(?=(?:the|your|our|nobody|no one|we|there)\b)|,\s+when\s+(?=(?:the|your|our)\b)|\s[–—]\s|,\s+and\s+(?=(?:when|after|before|then|now|last|yesterday|today)\b)|,\s+(?:(?:and|but|so|then|yet|except(?: that)?(?: now)?)\s+)?(?=(?:the|your|our|both|nobody|no one|nothing|there|we|you|all|half|none|some|most|two|three|four|five|six|\d+)\b)|\s(?:and|but|so|yet)\s+(?=(?:the|your|our|nobody|no one|nothing|there|we|you (?:were|had|got|still|now|have no|haven't|can't|cannot)|(?:most|all|some|half|none|both|one|two|three) of (?:the|your|our|them)|still (?:don't|do not|haven't|have not|can't|cannot)|it (?:was|is) (?:obvious|clear|plain)|reception|security|when)\b)|(?<!\b(?:noticed|realised|realized|found out|knew|know))\s+because\s+(?=(?:the|your|our|nobody|no one|nothing|there|we)\b)/gi;

// The same edges, kept in the split so it is known which clauses "and" joined.
const CLAUSE_EDGE_KEPT = new RegExp(`(${CLAUSE_EDGE.source})`, "gi");

// "the canapés, beautiful as they looked, were…": the thing, an aside, its verb.
// "Box 14, labeled KITCHEN - KNIVES, never made it": a numbered thing and its label.
const ASIDE_AFTER_THING = plain(
  /^((?:the|your|our) [\p{L}'-]+(?: [\p{L}'-]+)?|[\p{L}]+ #?\d+), [^,]{2,40}, (?=(?:is|was|were|are|had|has|have|never|didn't|did not|wasn't|weren't|isn't|aren't|hasn't|haven't)\b)/iu,
);

const TIME_FIRST =
  /^(?:at (?:about |around |roughly )?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?: (?:this|yesterday|last|on) \w+)?|since then|ever since|since that day|by (?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the next|the following)\b)(?:the next |the following )?|last|this|on|yesterday|today|tonight|earlier today|then|now)(?: ?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night|morning|afternoon|evening|weekend|month))?(?: at (?:around |about )?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?,?\s+(?=(?:the|your|our|both|nobody|no one|nothing|there|we|someone|somebody|a stranger|a man|a woman|water|rain|sewage)\b)/i;

// A leading "when…" with no comma, up to the first "the/your/our thing (had|was…)" after it.
const WHEN_FIRST =
  /^(?:by the time|when|once|after|as soon as|since) (?:(?!\b(?:said|says|told|tells|explained|claimed|replied)\b)[^,;]){3,60}? (?=(?:the|your|our) (?!the\b|your\b|our\b)[\w'-]+(?: (?!the\b|your\b|our\b)[\w'-]+){0,2} (?:had|has|was|were|is|are|\w{3,}ed|squeal|squeak|rattle|grind|leak|drip|smell|stick|won't|don't|doesn't|keeps?)\b|there(?: was| were| is| are|'s)(?=\s))/i;

// "Nobody came. Nobody called.": two short failures, in the summary or as the customer wrote them
// (sentences that short are too short for the summary to take on their own), said together.
const NO_ONE = /\bno-one\b/gi;
const NOBODY_DID = "(?:nobody|no one) (?:\\w{3,}ed|came|rang|wrote|told|knew|saw|did)(?: (?:up|me|us|it down|back))?";
const NOBODY_RUN = new RegExp(
  `(?:^|[;.!,]\\s+|\\n)(?:(?:last |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today),?\\s+)?(${NOBODY_DID})(?:[,.]\\s+|\\s+)(?:and\\s+)?(${NOBODY_DID})(?=[,;.!]|\\s+and\\b|$)`,
  "i",
);

/**
 * The first clause of the summary that states what failed cleanly enough to say back from our
 * side, or undefined. Only when the summary's sentence is one the reader would take as naming
 * the problem at all (its sentence model's confidence, 0 to 1, at least 0.25, the bar a second
 * sentence must pass); the clause rules below do the rest, on the summary and then on
 * `sentences` (the best six whole, down to a model score of 0.15). `latest` is the customer's
 * message, read only for two terse failures in a row and for something printed or labelled wrong
 * (`printedWrong.ts`). Other languages have their own, stricter rules
 * (`statementOtherLanguages.ts`).
 */
export function statementFrom(summary: string, confidence: number, language: string, sentences: string[] = [], latest = ""): string | undefined {
  if (language !== "en") return printedWrong(latest, language) ?? otherLanguageStatement(summary, confidence, language, sentences);
  if (confidence < 0.25) return undefined;
  return englishStatement(noOne(summary), sentences.map(noOne), noOne(latest));
}

// "no-one came" is "no one came".
const noOne = (text: string) => text.replace(NO_ONE, "no one");

function englishStatement(summary: string, sentences: string[], latest: string): string | undefined {
  for (const text of [summary, ...sentences, latest]) {
    const run = NOBODY_RUN.exec(text);
    if (run) return `${run[1]!.toLowerCase()} and ${run[2]!.toLowerCase()}`.replace(/\b(?:me|us)\b/g, "you");
  }
  const printed = printedWrong(latest, "en");
  if (printed) return printed;
  // The summary first; then the best sentences whole, where a long one was cut short. What we
  // did comes before what followed from it: "our removal van turned up three hours late", not
  // "the estate agent had closed", when one of the three best says it.
  const found = [summary, ...sentences].map(firstStatement);
  return found.slice(0, 3).find((f) => f && OURS.test(f)) ?? found.find(Boolean);
}

// What we, our people or our things did: the failure itself rather than what followed.
const OURS = /^(?:our|we|we've|we'd)\b/i;

/** The first clause of `text` that can be said back, or undefined. */
function firstStatement(text: string): string | undefined {
  // Clauses and the edges between them: [clause, edge, clause, edge, …]. Asides in brackets go
  // first, so a comma inside one doesn't split a clause: "(£25 and £32, you have screenshots)".
  // A hyphen typed as a dash ("since August 4th - you have the camera footage - and…") is a
  // dash; not in a label in capitals ("KITCHEN - KNIVES").
  const parts = text
    .replace(/\s*\([^()]{1,60}\)/g, "")
    // "Room 14, the one with the balcony, had no hot water": the aside goes before commas split clauses.
    .replace(ASIDE_AFTER_THING, "$1 ")
    .replace(/\s-\s(?=(?:and\s+)?[a-z0-9£$€])/g, " – ")
    .split(CLAUSE_EDGE_KEPT);
  // "The bins in the kitchen and the meeting rooms weren't emptied": an "and" after words with no
  // verb joins two things, not two clauses, so they are put back together.
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const left = parts[i - 1]!.trim();
    if (/^\s+and\s+$/i.test(parts[i]!) && /^(?:the|your|our|both|all)\b/i.test(left) && left.split(/\s+/).length <= 6 && !FINITE.test(left)) {
      parts.splice(i - 1, 3, `${parts[i - 1]}${parts[i]}${parts[i + 1]}`);
      i -= 2;
    }
  }
  for (let i = 0; i < parts.length; i += 2) {
    const said = sayable(parts[i]!);
    if (!said) continue;
    // Two failures joined by "and" in the customer's sentence are said together, when short:
    // "one leg was missing from the box and the cushion covers are the wrong colour".
    const next = /^\s*,?\s*and\s+$/i.test(parts[i + 1] ?? "") && said.how !== "told" ? sayable(parts[i + 2] ?? "") : undefined;
    if (next && next.how !== "told" && `${said.text} ${next.text}`.split(/\s+/).length <= 20) return `${said.text} and ${next.text}`;
    return said.text;
  }
  return undefined;
}

// One of our people telling the customer something, in their words: "the waiter said…", "the
// woman on the phone told you…". Someone else's account ("he told you at the door") is not ours.
const STAFF_TOLD =
  /^(?:the|our) (?:[\w-]+ )?(?:waiter|waitress|receptionist|staff member|manager|tech|technician|driver|foreman|crew lead|office|agent|rep|representative|girl|guy|man|woman|lady|person|team member)(?: (?:on the phone|at the desk|at the front desk|on the desk|at reception|on the door))? (?:said|told you) (?:that )?(.+)$/i;

// The customer finding something out: what follows is what they found.
const FOUND_OUT = /^you\b[^,;]{0,40}?\b(?:found out|found|discovered|realised|realized|noticed|learned|learnt)(?:(?: [^,;]{1,30}?)? that| (?:that )?)\s*(.+)$/i;

const PRONOUN_FIRST = /^(?:he|she|it|they|this|that|these|those|i|we|you|there|here)\b/i;

// Past tenses that don't end in "-ed", for the verb-phrase patterns below.
const IRREGULAR_PAST = "put|left|took|broke|came|went|gave|sent|cut|ran|got|threw|made|kept|lost|forgot|tore|dug|hung";

// A verb in the past, opening a verb phrase in a list: "showed up", "drilled the lock", "put in…".
const PAST_VERB = new RegExp(`^(?:\\w{3,}ed|${IRREGULAR_PAST}|set|never \\w+|didn't \\w+|did not \\w+)\\b`, "i");

// The last of two verb phrases after one subject: ", only did the downstairs".
const LAST_VERB_PHRASE = new RegExp(`, ((?:only |then |also |just |never )?(?:\\w{3,}ed|did|${IRREGULAR_PAST})\\b[^,]*)$`);

/**
 * One subject and a list of things it did, where only some of them failed: "our technician showed
 * up, drilled the lock, put in a new deadbolt you didn't ask for, and charged your card $385" →
 * "our technician put in a new deadbolt you didn't ask for and charged your card $385". Anything
 * else as it is.
 */
function failingVerbs(clause: string): string {
  const parts = clause.split(/,\s+(?:and\s+)?/);
  if (parts.length < 3 || !parts.slice(1).every((p) => PAST_VERB.test(p))) return clause;
  const words = parts[0]!.split(" ");
  const at = words.findIndex((w, i) => i > 0 && PAST_VERB.test(words.slice(i).join(" ")));
  if (at < 1 || at > 4 || !SUBJECT.test(parts[0]!)) return clause;
  const subject = words.slice(0, at).join(" ");
  const phrases = [words.slice(at).join(" "), ...parts.slice(1)];
  const failed = phrases.filter((p) => FAILED.test(p));
  if (!failed.length || failed.length === phrases.length) return clause;
  return `${subject} ${failed.length > 2 ? `${failed.slice(0, -1).join(", ")} and ${failed.at(-1)!}` : failed.join(" and ")}`;
}

// "our team arrived two hours late, only did the downstairs": the last of two things it did joins
// with "and", as it would have before the rest of the sentence was cut off.
function joinLastVerb(clause: string): string {
  if (!SUBJECT.test(clause) || / and /.test(clause)) return clause;
  return clause.replace(LAST_VERB_PHRASE, " and $1");
}

// A clause as we say it back. A terse chase has no subject; the customer is the one still waiting:
// "Still no screens on any of the 9 windows" → "you still have no screens on any of the 9 windows".
// "Nevertheless" argues the case. A sentence after the first keeps its capital in the summary
// ("; Your 6 year old had a headache"), which is not a name.
function asClause(bare: string): string {
  return (
    bare
      .replace(/\b(?:nevertheless|nonetheless) /i, "")
      // "they have no permit on file": someone else's records; what matters is that there is none.
      .replace(/^they (?:have|had) no (?=(?:record|permit|trace|booking|reservation|appointment|note|sign|paperwork)s?\b)/i, "there is no ")
      // The customer's "here" is their place: "nobody has been here" → "nobody has been out to you".
      .replace(/\b(been|came|come|got) (?:out )?here\b/gi, (_, verb: string) => `${verb}${/^been$/i.test(verb) ? " out" : ""} to you`)
      .replace(/^still no\b/i, "you still have no")
      .replace(/^still (?=(?:don't|do not|haven't|have not|can't|cannot|didn't)\b)/i, "you still ")
      .replace(/^still waiting\b(.*?)(?: to this)?$/i, "you're still waiting$1")
      .replace(/^[A-Z][a-z]+(?= #?\d+\b)/, (w) => w.toLowerCase()) // "Box 14 never made it"
      .replace(
        /^(The|Your|Our|You|Both|All|Every|Each|One|Nobody|No one|None|Nothing|There|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Most|Half)\b/,
        (w) => w.toLowerCase(),
      )
  );
}

const FINITE_ALL = new RegExp(FINITE.source, "gi");

// "it" or "them" as an object: not a subject ("and it is still leaking"), nor "made it", "all 500 of
// them" or "charged you twice for it", where the clause says what happened without it.
const OBJECT_PRONOUN =
  /\b(?<!made |make |makes |of |for |and |but |so |because )(?:it|them)\b(?!['’])(?! (?:is|was|has|had|still|now|isn'?t|wasn'?t|hasn'?t|didn'?t|doesn'?t|won'?t|will|would|can'?t|could|were|are|aren'?t|weren'?t|never|only|just)\b)/i;

// People, who are never the "it" or "them" later in the clause.
const PERSON =
  /\b(?:groomer|driver|tech|technician|engineer|cleaner|fitter|installer|plumber|electrician|builder|gardener|tutor|teacher|waiter|waitress|receptionist|manager|staff|team|crew|man|men|woman|women|guy|guys|person|people|someone|agent|courier|foreman|office|owner|doctor|nurse|vet|stylist|chef|mechanic|painter|decorator)s?$/i;

/**
 * True when "it" or "them" stands for something the clause never names. With another thing named
 * before it, it may stand for that ("…broke the window instead of removing it"); with none, for
 * the subject, when that is a thing and the number agrees ("the sheets had stains on them"); not
 * "the groomer didn't mention it", nor "the two candles you ordered weren't in it".
 */
function lostPronoun(clause: string): boolean {
  const found = OBJECT_PRONOUN.exec(clause);
  if (!found) return false;
  const before = clause.slice(0, found.index);
  if ((before.match(/\b(?:the|your|our|a|an|both|this|that|those|these)\s+[\p{L}'-]+/giu) ?? []).length >= 2) return false;
  // The subject: up to its verb, without a contact clause's "you" ("the two candles you ordered").
  const verb = FINITE.exec(before);
  const subject = before
    .slice(0, verb ? verb.index : before.length)
    .trim()
    .replace(/\s+(?:you|we|they|he|she)$/i, "");
  const noun = subject.split(/\s+/).at(-1) ?? "";
  if (!noun || PERSON.test(noun) || /^(?:nobody|no one|someone|we|you)$/i.test(subject)) return true;
  const plural = /s$/i.test(noun) && !/^one of\b/i.test(subject);
  return plural !== /^them$/i.test(found[0]);
}

/** The longest part of a long clause, cut before one of its later "and"s, that can be said. */
function shortenAtAnd(clause: string): string | undefined {
  const ands = [...clause.matchAll(/ and /g)].map((m) => m.index!).reverse();
  for (const at of ands) {
    const part = clause.slice(0, at);
    if (part.split(/\s+/).length <= 22 && qualifies(part)) return part;
  }
  return undefined;
}

// Why someone came: "came on Tuesday for the leak", "was here to look at the damp".
const VISIT_FOR =
  /\b(?:came|come|visited|called|was here|were here|arrived|turned up|showed up|was booked|were booked)\b[^,;]{0,25}? (?:for|about|to (?:look at|fix|see to|deal with|check)) (?:the|a|an|your|our) [^,;]+$/i;

type Said = { text: string; how: "said" | "told" | "found" };

/** One clause as we would say it back, and how it came, or undefined. */
function sayable(clause: string): Said | undefined {
  // "this is the second time the delivery never showed up": the repeat is said separately.
  const bare = clause
    .replace(/[\s,;:.\-–—]+$/, "")
    // "– and we still took £45": the joining word belongs to the edge before it.
    .replace(/^(?:and|but|so)\s+/i, "")
    // "Despite that, you were charged £29.99": what it is despite is said elsewhere.
    .replace(/^(?:despite (?:that|this)|even so|and yet|yet|however),?\s+/i, "")
    // "nobody rang to say they weren't coming either": "either" and "too" point at another clause.
    .replace(/,?\s+(?:either|too|as well)$/i, "")
    // "you've heard nothing since": since then.
    .replace(/\s+since$/i, "")
    .replace(/^(?:(?:this is|it's|it is|for) the )?(?:second|third|fourth|fifth|\w+th) time(?: (?:this|in a) (?:week|month|year))?,? (?:that )?/i, "")
    // "last Friday nobody called you": when it happened is said elsewhere, or needn't be.
    .replace(TIME_FIRST, "")
    // "it was obvious the cat hadn't been fed": what was obvious is the failure.
    .replace(/^it (?:was|is) (?:obvious|clear|plain)(?: that)? /i, "")
    // "the only issue is the cupboard door doesn't close": the issue is the part after it.
    .replace(/^the only (?:issue|problem|thing) (?:is|was) (?:that )?/i, "")
    // "by the time you came in the middle tier had split": the thing that failed and its verb.
    .replace(WHEN_FIRST, "")
    // An aside in quotes between commas: 'the attachment, "Draft_v3.pdf", is not yours'.
    .replace(/,\s*["“][^"”]{1,60}["”],/g, "")
    // An aside between the thing and its verb: "the canapés, beautiful as they looked, were cold".
    .replace(ASIDE_AFTER_THING, "$1 ")
    // "…, which is the one thing you needed": an aside after the clause, not part of it.
    .replace(/,\s*which\b.*$/i, "")
    // "…left 30 minutes early, saying he had another booking": his excuse, not the failure.
    .replace(/,\s*(?:saying|claiming|telling \w+|explaining)\b.*$/i, "")
    // "…even though it was flagged" argues the case; the failure is the part before it.
    .replace(/,?\s+(?:even though|although|even if)\s.*$/i, "")
    .trim();
  const first = joinLastVerb(asClause(failingVerbs(bare)));
  if (qualifies(first)) return { text: first, how: "said" };
  // Too long to say in one breath: the part before a later "and" may be whole ("our cleaner
  // knocked over and broke the lamp in your bedroom on Wednesday | and just left the pieces…").
  const shorter = first.split(/\s+/).length > 22 ? shortenAtAnd(first) : undefined;
  if (shorter) return { text: shorter, how: "said" };
  // "the waiter said vouchers are only valid for 12 months" → "you were told vouchers are…".
  const told = STAFF_TOLD.exec(bare);
  const what = told && asClause(told[1]!);
  if (what && qualifies(what, "told")) return { text: `you were told ${what}`, how: "told" };
  // "you went into the lock app and found out our technician set up the lock under his own
  // account" → "our technician set up the lock under his own account": what they found is the
  // problem, whatever words it is in.
  const found = FOUND_OUT.exec(bare);
  const discovered = found && asClause(found[1]!.split(/,\s+and\s+/)[0]!);
  // Noticing or realising is also said of good things; finding out needs no failure word.
  const how = /found out|discovered/i.test(found?.[0] ?? "") ? "found" : "said";
  if (discovered && qualifies(discovered, how)) return { text: discovered, how };
  return undefined;
}

/**
 * `how` the clause came: as said ("said": it must say what failed); as what our own staff told the
 * customer ("told": only a claim, "vouchers are only valid for 12 months", since that they were
 * told it is the complaint, never a failure they reported, "the third guy never came", which is
 * hearsay; it may open on a bare noun, never on a pronoun); or as what the customer found out
 * ("found": that is the problem, whatever its words).
 */
function qualifies(first: string, how: Said["how"] = "said"): boolean {
  const told = how === "told";
  const words = first.split(/\s+/).length;
  // "nobody told you" is the failure itself, not hearsay.
  // "…you didn't ask for" is what was done without asking, not a request.
  // "a check-up that should have been on the NHS" says what went wrong, not what to do.
  const heard = first
    .replace(/^(?:nobody|no one)(?: (?:at|from|in|on) (?:the |our |your )?[\w-]+)? told\b/i, "nobody warned")
    .replace(/\bshould(?:n't| not)? have\b/gi, "ought to have")
    // "nobody rang to say they weren't coming" reports nothing anyone said.
    .replace(/\bto say\b/gi, "to tell")
    // "…and didn't say anything": saying nothing is the failure.
    .replace(/\b(?:didn't|did not|never|not) say\b/gi, "didn't mention")
    // "a box you didn't want" is what they were sent, not what they ask for.
    .replace(/\b(?:didn't|did not|don't|do not|never) (?:want|need|ask)\b/gi, "refused")
    .replace(/\b(?:didn't|did not|never) ask(?:ed)? for\b/gi, "didn't order");
  // "nobody called you" is whole in three words; otherwise three words are a fragment.
  const shortest = /^(?:nobody|no one)\b/i.test(first) ? 3 : 4;
  if (
    words < shortest ||
    words > 22 ||
    DANGLING.test(first) ||
    DEMAND.test(heard) ||
    !(SUBJECT.test(first) || (told && !PRONOUN_FIRST.test(first))) ||
    !FINITE.test(first) ||
    // "the plumber came on Tuesday for the leak": why someone came, not what failed.
    (how === "said" && !FAILED.test(first.replace(VISIT_FOR, " "))) ||
    (told && FAILED.test(first))
  )
    return false;
  // Quotes, asides and relative clauses ("the dog run that's marked...") lose the main verb; a
  // word or two in scare quotes at the end is the customer's ('for "damage"').
  const unquoted = first.replace(/ ["“][^"“”\s]+(?: [^"“”\s]+)?["”]$/, " it");
  if (/ [-–—] |\. |:(?!\d)|["“”(]|,\s*(which|who|where)\b|\bthat(?:'s| is| was| were)\b/.test(unquoted)) return false;
  // "the other two were cancelled": a count that has lost what it counted.
  if (/^(?:the )?(?:other )?(?:one|two|three|four|five|six|\d+) (?:is|was|were|are|had|has|have|didn't|weren't|wasn't)\b/i.test(first)) return false;
  // Any other "here" is the customer's place, which our side can't point at.
  if (/\bhere\b/i.test(first)) return false;
  // "the one with the balcony, had no hot water": an aside's end, or a thing named only as "the one".
  if (/^[^,]{1,60}, (?:had|has|have|was|were|is|are|did|didn't|never)\b/i.test(first) || /^the ones? (?:with|that|who|which|in|on|at|from)\b/i.test(first))
    return false;
  // "the back lawn that you asked us not to touch": a thing and what was said of it, with no verb of
  // its own after; "the sofa that we delivered has a torn arm" has one.
  if (/^(?:the|your|our) [^,]{1,40}? (?:that|which|who) /i.test(first) && (first.match(FINITE_ALL) ?? []).length < 2) return false;
  // "the groomer didn't mention it at all": "it" points at something said before, unless the
  // clause named a thing of its own first ("…broke the window instead of removing it").
  if (lostPronoun(first)) return false;
  // "two of them" has lost what "them" stood for, as a bare pronoun has.
  if (/^\w+ of (?:them|those|these)\b/i.test(first)) return false;
  // "there it is" points at something; whose responsibility or fault it is isn't ours to restate.
  if (/^there (?:it|they|this|that) /i.test(first) || /\b(responsib\w*|liab\w*|fault|blame\w*)\b/i.test(first)) return false;
  // "nobody at your house has that name", "nobody named Smith works there": who someone is, not
  // something nobody did.
  if (
    /^(?:nobody|no one)\b[^,;]*? (?:has|have|is|was) (?:that|the|a|an|this|any|called|named)\b/i.test(first) ||
    /^(?:nobody|no one) (?:named|called|by the name of) [A-Z]/.test(first)
  )
    return false;
  // "nothing about your account is unusual" says what is fine, not what failed.
  if (/^nothing (?:about|in|on|with)\b/i.test(first)) return false;
  // "nothing is broken" is good news: a failure word after "nothing" is what didn't happen.
  if (/^nothing\b/i.test(first) && FAILED.test(first.replace(/^nothing\b/i, ""))) return false;
  // "didn't know anything about it" points back at something the clause doesn't say.
  if (/\babout (?:it|that|them)$/i.test(first)) return false;
  // "you haven't received it": what "it" was is not in the clause.
  if (/^you\b/i.test(first) && /\b(?:it|them|anything)$/i.test(first)) return false;
  return !/\b(I|my|me|mine|myself)\b/.test(first) && /^[a-z]/.test(first);
}
