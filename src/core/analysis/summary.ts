// The issue summary: what went wrong, said from the business's side ("the name on your cake was
// spelled wrong"), in one or two short clauses taken from the customer's own statements of fact.
// Never a greeting, a banner, a demand, a question or a feeling with no fact. When no sentence
// says clearly what went wrong, it says less (the booking and the kind of failure) and is
// marked uncertain so the pane asks the user to check it.
import { REQUEST } from "./cues";
import { sentenceFeatures, sentencesOf, tokens } from "./features";
import { predict, type LinearModel } from "./model";
import sentenceWeights from "./weights/sentence.json";

const MAX_WORDS = 45;

// Openers that carry no facts.
const GREETING =
  /^(hi|hello|hey|dear|good (morning|afternoon|evening)|to whom it may concern|hola|buenos días|buenas tardes|estimad[oa]s?|bonjour|bonsoir|madame|monsieur|hallo|guten tag|sehr geehrte[rs]?|liebe[rs]?|ciao|buongiorno|gentil[ie]|olá|oi|bom dia|boa tarde|prezad[oa]s?|beste|geachte)\b[^.!?\n]{0,60}$/i;
const PLEASANTRY =
  /^(i hope|hope you|thanks for|thank you|i('m| am) writing|i write|i wanted to (reach out|write|put on record)|i want to put on record|just (writing|reaching out|a note)|to recap|to restate|i('m| am) going to (lay out|list|set out|go through|explain|spell out|put down)|let me (lay out|list|set out|go through|spell out)|to summari[sz]e|just to lay it out|for the record|following (our|my|up)|further to|please treat this|this is (lakeview|a formal)|i('m| am) (following up|chasing|forwarding)|forwarding|sorry to|i('m| am) sorry|i don'?t (usually|normally|often)|i wasn'?t going to|i've been meaning|merci (?:encore |beaucoup |bien )?(?:pour|de)|gracias (?:de nuevo |otra vez )?por|muchas gracias|obrigad[oa] (?:de novo )?(?:por|pel[oa])|danke (?:noch einmal |nochmals )?für|vielen dank|grazie (?:ancora )?(?:per|della|del)|bedankt voor|hartelijk dank|je vous écris|ich schreibe|le escribo|vi scrivo|escrevo|ik schrijf)/i;
// A greeting run into the first sentence: "Buongiorno, il divano è arrivato…", "Hi, I've had…".
const RUN_IN_GREETING =
  /^(?:hola|buenos días|buenas tardes|bonjour|bonsoir|hallo|guten tag|ciao|buongiorno|buonasera|olá|oi|bom dia|boa tarde|goedemorgen|goedemiddag|goedenavond),\s+(?=\S)/i;
const FILLER =
  /^(so|and|but|also|well|unfortunately|sadly|anyway|however|then|plus|now|oh|ok|okay|look|honestly|frankly|firstly|secondly|first(?! time)|second(?! time)|third(?! time)|finally|in short|to be clear|as a result|on top of that|to make matters worse|worse|and then|but then)\b[,:]?\s+/i;
const FEELING_ONLY =
  /^(i('m| am)|we('re| are)|this is|that is|it is|it's|i feel|i felt)\s+(really |so |very |extremely |just |absolutely |quite |beyond )?(disappointed|upset|frustrated|angry|unhappy|annoyed|furious|unacceptable|ridiculous|shocked|appalled|disgusted|livid|gutted)\b/i;

// A sentence that opens on a bare verb and its object tells us what to do: "Cancel job #BE-2291
// and refund the deposit", "Send me the label". ("Email from your office said…" is a noun.)
const IMPERATIVE =
  /^(?:please\s+)?(?:cancel|refund|reimburse|send|call|ring|phone|email|text|fix|replace|redo|reprint|give|tell|get|make|take|pay|sort|confirm|explain|stop|remove|delete|credit|return|book|arrange|contact|bring|waive|cover)\s+(?:me|us|the|my|our|this|that|it|them|a|an|someone|somebody|everything|all|job|order|booking|appointment|charge|payment|deposit|[$£€])(?![\p{L}])/iu;
const HEDGE_LEADS = [
  /let me be (?:\w+ )?clear\b[^:]{0,80}:/, // "Let me be really clear, since…: you charged my card twice"
  /i don['’]?t know (?:if|whether) [^,;]{3,80}, but/, // "I don't know if your installer told you, but when he…"
  /(?:i['’]?m )?not sure (?:if|whether) [^,;]{3,80}, but/, // "Not sure if anyone mentioned it, but the van…"
  /in case (?:you|nobody|no one) (?:told|mentioned)[^,;]{0,80},/, // "In case nobody told you, the order…"
  /(?:i )?(?:just )?(?:(?:wanted|want) )?(?:to )?let(?:ting)? you know(?: that)?,?/, // "Just to let you know the gutter you fixed is leaking again"
  /(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there| all| team)?,/, // "Hi, I've had invoice 2231 but…": a greeting run into the first sentence
  /(?:here['’]?s the thing|the thing is|the problem is this|long story short),?:?/, // "Here's the thing: the lounge carpet is still damp"
];
const HEDGE_LEAD = new RegExp(`^(?:${HEDGE_LEADS.map((re) => re.source).join("|")})\\s+`, "i");

/** Customer's "I" becomes "you", the business's "you" becomes "we" or "us". */
const SWAP: Record<string, string> = {
  i: "you",
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
  we: "you",
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  us: "you",
  our: "your",
  ours: "yours",
  ourselves: "yourselves",
  "you're": "we're",
  "you've": "we've",
  "you'd": "we'd",
  "you'll": "we'll",
  your: "our",
  yours: "ours",
  yourself: "ourselves",
  yourselves: "ourselves",
  "y'all": "we",
};
const SUBJECT_START = /(^|[,;:]\s*|\b(and|but|because|so|when|after|that|then|if|since|although|though|as|until|before|which|where|how|why|what)\s+)$/i;
/** Words that follow "you" only when "you" is the subject: "you wrote", "you said", "you never". */
const VERB_AFTER_SUBJECT =
  /^(wrote|said|told|promised|charged|sent|were|are|have|had|did|didn't|do|don't|never|also|still|just|then|only|left|gave|took|came|went|can|could|would|will|won't|should|must|may|might|already|confirmed|quoted|assured|called|emailed|rang|booked|billed|delivered|installed|replaced|fitted|cancelled|canceled|moved|changed|ignored|refused|asked|agreed|suspended|put|made|added|forgot|missed|lost|kept|let|offered|cut|drilled|\w+ed)$/i;

// "you" as anyone: after "when", "whenever", "every time" or "if", before a verb in the present.
const GENERIC_YOU_BEFORE = /\b(?:when|whenever|every time|each time|if)\s+$/i;
const GENERIC_VERB =
  /^(?:open|close|turn|switch|plug|use|run|press|flush|put|pull|push|lift|sit|stand|walk|drive|step|touch|try|start|stop|shut|lean|pour|boil|brake|shower|wash|flick)$/i;

const AGREEMENT: [RegExp, string][] = [
  [/\byou was\b/g, "you were"],
  [/\byou wasn'?t\b/g, "you weren't"],
  [/\byou has\b/g, "you have"],
  [/\byou hasn'?t\b/g, "you haven't"],
  [/\byou am\b/g, "you are"],
  [/\byou doesn'?t\b/g, "you don't"],
  [/\bwe was\b/g, "we were"],
  [/\bthank us\b/gi, "thank you"],
  [/\bour guys\b/gi, "our team"],
  [/\bour guy\b/gi, "our team member"],
  [/\bus guys\b/gi, "our team"],
];

/** Turns the customer's words into the business's, in one pass so swaps never collide. */
export function swapPerson(text: string): string {
  let out = text
    .replace(/[’‘]/g, "'")
    .replace(
      /\b(i'm|i've|i'd|i'll|i|me|my|mine|myself|we're|we've|we'd|we'll|we|us|our|ours|ourselves|you're|you've|you'd|you'll|you|your|yours|yourself|yourselves|y'all)\b/gi,
      (word, _w, offset: number, whole: string) => {
        const lower = word.toLowerCase();
        let out: string;
        if (lower === "you") {
          const next = /^\s+([\w']+)/.exec(whole.slice(offset + word.length, offset + word.length + 20))?.[1] ?? "";
          // "It sparks whenever you plug anything in": anyone, not us; it stays "you".
          if (GENERIC_YOU_BEFORE.test(whole.slice(Math.max(0, offset - 14), offset)) && GENERIC_VERB.test(next)) return word;
          out = SUBJECT_START.test(whole.slice(Math.max(0, offset - 12), offset)) || VERB_AFTER_SUBJECT.test(next) ? "we" : "us";
        } else out = SWAP[lower] ?? word;
        // "US" in capitals is a country; a word joined to a code ("ME-4471882") is part of the code.
        if (word === "US" || (/^[-/]?\w*\d/.test(whole.slice(offset + word.length, offset + word.length + 3)) && whole[offset + word.length] === "-"))
          return word;
        if (word.length > 1 && word === word.toUpperCase() && word !== "I" && /[-\d]/.test(whole[offset + word.length] ?? "")) return word;
        // "It's MY visit summary": the emphasis is theirs; from our side it reads "your".
        if (word.length > 1 && word === word.toUpperCase() && !lower.startsWith("i'")) return out;
        return word[0] === word[0]!.toUpperCase() && lower !== "i" && !lower.startsWith("i'") ? out.charAt(0).toUpperCase() + out.slice(1) : out;
      },
    );
  for (const [re, fixed] of AGREEMENT) out = out.replace(re, fixed);
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Lower-cases the first word unless it is a name, so the summary reads on from "I'm sorry that". */
function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0] ?? "";
  if (
    /^(The|A|An|Your|Our|We|You|It|This|That|These|Those|There|They|Nobody|No|Nothing|None|Someone|Somebody|Everyone|Their|His|Her|She|He|When|After|Before|Yesterday|Today|Last|On|In|At|Only|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|All|Half|Since|Because|Although|Despite|Instead|Not|Every|Each|Most|Some|Several)$/.test(
      first,
    )
  ) {
    return s.charAt(0).toLowerCase() + s.slice(1);
  }
  return s;
}

/** Removes quote marks that no longer pair up after cutting. */
function balanceQuotes(s: string): string {
  let out = s;
  // "’" is also an apostrophe ("don’t"), so only double quotes and brackets are paired.
  // German quotes open low and close with the English opening mark: „Reinigungspauschale“.
  const german = s.includes("„");
  const pairs: [string, string][] = [german ? ["„", "“"] : ["“", "”"], ['"', '"'], ["(", ")"]];
  for (const [open, close] of pairs) {
    const opens = out.split(open).length - 1;
    const closes = open === close ? 0 : out.split(close).length - 1;
    if (open === close ? opens % 2 === 1 : opens !== closes) out = out.split(open).join("").split(close).join("");
  }
  return out;
}

// A sentence that opens on its setting, up to the comma that ends it: "When I called at 10:30, ".
const SETTING_FIRST =
  /^(?:when|while|after|before|as soon as|once|cuando|mientras|después de que|quand|lorsque|après que|als|wenn|nachdem|quando|mentre|dopo che|wanneer|toen|nadat)\s[^,;.]{3,90},\s+/i;

// Words that can't end a clause, with a day number after them: "until 14", "of the", "and".
const HANGING_END =
  /(?:\s+(?:until|by|on|from|since|before|after|at|in|of|to|for|the|a|an|and|or|but|with|our|your|their|its|le|la|les|un|une|des|du|de|et|el|los|las|y|der|die|das|den|dem|ein|eine|und|il|lo|gli|e|o|os|het|een|en)(?:\s+\d{1,2})?)+$/i;

/** Cuts a sentence to at most `max` words at a clause edge, so it never stops mid-thought. */
function clip(text: string, max: number): string {
  const w = words(text);
  if (w.length <= max) return text;
  // "When she asked the price, the technician answered rudely…": cut after the comma, the story's
  // setting would be all that is left; the main clause is what went wrong.
  const setting = SETTING_FIRST.exec(text);
  // A long "setting" with no comma of its own holds the main clause too: left as it is.
  if (setting && words(setting[0]).length <= 16 && words(text.slice(setting[0].length)).length >= 6) return clip(text.slice(setting[0].length), max);
  const joined = w.slice(0, max).join(" ");
  const edges = [
    joined.lastIndexOf(", "),
    joined.lastIndexOf("; "),
    joined.lastIndexOf(" and "),
    joined.lastIndexOf(" but "),
    joined.lastIndexOf(" – "),
    joined.lastIndexOf(" - "),
  ];
  const edge = Math.max(...edges);
  // A cut just after an aside's dash leaves it hanging: "…where the spare key is hidden -"; so
  // does a cut mid-phrase: "…does not start until 14".
  const cut = edge > joined.length * 0.4 ? joined.slice(0, edge) : joined.replace(HANGING_END, "");
  return cut.replace(/(?:\s+[-–—])+\s*$/, "");
}

export interface SummaryInput {
  latest: string;
  subject: string;
  /** The customer's earlier complaint, when the latest message only chases it. */
  context: string;
  language: string;
  failureType: string;
  references: string[];
}

export interface Summary {
  text: string;
  /** False when the summary had to say less than the email does: the pane asks the user to check it. */
  certain: boolean;
  /** How sure the sentence model is that the first sentence names the problem (0 to 1). */
  confidence: number;
  /**
   * The best sentences whole (not cut to fit), most likely first, English ones from our side; the
   * acknowledgment may find a cleaner statement of what failed there than in the summary.
   */
  sentences?: string[];
}

const unwrap = (t: string) => t.slice(0, 8000).replace(/([^\n])\n(?=[^\n\s•\-*\d])/g, "$1 ");

/**
 * The sentences a summary may be taken from: statements of fact from the latest message (then
 * from the earlier complaint it chases), without greetings, pleasantries or bare feelings.
 * `index` counts from the top of each message.
 */
export function summarySentences(latest: string, context: string): { sentence: string; index: number }[] {
  const out: { sentence: string; index: number }[] = [];
  for (const text of [latest, context]) {
    let index = 0;
    for (const raw of sentencesOf(unwrap(text)).slice(0, 40)) {
      const s = raw
        .replace(/^[•\-*\d.)\s]+/, "")
        .replace(RUN_IN_GREETING, "")
        .replace(FILLER, "")
        .replace(FILLER, "")
        .trim();
      const w = words(s);
      // Typographic apostrophes ("I’m writing") read as plain ones for the patterns.
      const plainS = s.replace(/[’‘]/g, "'");
      if (w.length < 4 || s.length > 600 || GREETING.test(plainS) || PLEASANTRY.test(plainS) || FEELING_ONLY.test(plainS)) continue;
      out.push({ sentence: s, index: index++ });
    }
  }
  return out;
}

/** Says less, but true: the booking or order and the kind of failure. */
function fallback(input: SummaryInput): string {
  const ref = input.references[0];
  const thing = ref ? `your order ${ref}` : "your booking";
  switch (input.failureType) {
    case "timing":
      return `${thing} wasn't handled on time`;
    case "quality":
      return `${thing} wasn't up to the standard you expected`;
    case "communication":
      return `you weren't kept properly informed about ${thing}`;
    case "execution":
      return `${thing} wasn't done as agreed`;
    default:
      return `something went wrong with ${thing}`;
  }
}

/** The summary of what went wrong, from the business's side. */
export function summarise(input: SummaryInput, model: LinearModel = sentenceWeights as LinearModel): Summary {
  const subjectWords = new Set(tokens(input.subject.replace(/^((re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+/i, "")));
  const all = summarySentences(input.latest, input.context);
  const ranked = all
    .map((c) => ({ ...c, p: predict(model, sentenceFeatures(c.sentence, c.index, subjectWords)).scores.names! }))
    // A demand, an instruction or a question says what they want, not what went wrong; a condition ("If the duplicate isn't refunded by Monday…"): a threat, not a fact.
    .filter((c) => !/\?\s*$/.test(c.sentence) && !/^(?:if|unless|si|wenn|falls)\b/i.test(c.sentence) && !IMPERATIVE.test(c.sentence))
    .sort((a, b) => b.p - a.p);
  const best = ranked[0];
  if (!best || best.p < 0.15) return { text: fallback(input), certain: false, confidence: best?.p ?? 0 };

  // A second statement adds a fact, never a demand ("you need to know this won't happen again").
  const statesAFact = (c: { p: number; sentence: string }) => c.p >= 0.25 && !REQUEST.test(c.sentence);
  const second = ranked.slice(1, 3).find(statesAFact);
  let text = clip(tidy(best.sentence), second ? 30 : MAX_WORDS);
  if (second) {
    const room = MAX_WORDS - words(text).length;
    const extra = clip(tidy(second.sentence), room);
    if (room >= 6 && words(extra).length >= 4) text = `${text.replace(/[.!;:,]+$/, "")}; ${lowerFirst(extra)}`;
  }
  text = balanceQuotes(text)
    .replace(/[.!;:,]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  const english = input.language === "en";
  const best6 = ranked
    .slice(0, 6)
    // Lower than a second summary sentence's bar: the statement's own rules say what may be said.
    .filter((c) => c.p >= 0.15 && !REQUEST.test(c.sentence))
    .flatMap((c) => [c.sentence, ...elaborated(c, all)])
    .map((s) => balanceQuotes(tidy(s)).replace(/[.!;:,]+$/, ""));
  // English is turned to our side here; other languages' statement rules turn their own.
  const sentences = english ? best6.map((s) => lowerFirst(swapPerson(s))) : best6;
  return { text: english ? lowerFirst(swapPerson(text)) : text, certain: english && best.p >= 0.5, confidence: best.p, sentences };
}

// "Your tech put granules all over the dog run today. The dog run that's marked NO TREATMENT…":
// a sentence that opens on a thing the sentence before it named, and then only describes it,
// elaborates that sentence, which holds what happened.
const DESCRIBES_THING = /^(?:the|this|that) ([\p{L}'-]+(?: [\p{L}'-]+)?) (?:that|which|who)\b/iu;

/** The sentence before `c` in the same message, when `c` only describes a thing that one named. */
function elaborated(c: { sentence: string; index: number }, all: { sentence: string; index: number }[]): string[] {
  const thing = DESCRIBES_THING.exec(c.sentence)?.[1];
  const at = all.findIndex((x) => x.sentence === c.sentence && x.index === c.index);
  const before = at > 0 && c.index > 0 ? all[at - 1] : undefined;
  if (!thing || !before || before.index !== c.index - 1) return [];
  return new RegExp(`\\b(?:the|your|my|our) ${thing}\\b`, "iu").test(before.sentence) ? [before.sentence] : [];
}

/** Shouting in capitals is read as ordinary words; trailing punctuation goes. */
function tidy(raw: string): string {
  const sentence = raw.replace(HEDGE_LEAD, "");
  const letters = sentence.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  const calm =
    letters.length > 12 && upper / letters.length > 0.6
      ? sentence
          .toLowerCase()
          .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, a: string, c: string) => a + c.toUpperCase())
          .replace(/\bi\b/g, "I")
      : sentence;
  return calm.trim();
}
