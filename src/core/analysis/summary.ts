const MAX_WORDS = 35;

// Openers that carry no facts; dropped so the summary starts with what went wrong.
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|to whom it may concern|hola|bonjour|bonsoir|hallo|guten tag|sehr geehrte[rs]?|buenos días|buenas tardes|estimad[oa]s?)\b[^.!?\n]{0,40}[,.!:]?\s*$/i;
const PLEASANTRY = /^(i hope (you('re| are)|this finds|all is)|hope you('re| are)|thanks for (your|the)|thank you for (your|the)|i('m| am) writing (to|because|about|regarding)|i wanted to (reach out|write|let you know)|just (writing|reaching out)|je vous écris|ich schreibe|le escribo)\b/i;
const FILLER = /^(i('m| am) writing (to (complain|let you know|tell you)( about| that)?|because|about|regarding)|i wanted to let you know( that)?|just to let you know( that)?|i need to (tell|let) you( know)?( that)?|unfortunately,?|sadly,?|so,?|well,?)\s+/i;

const SWAP: Record<string, string> = {
  i: "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", me: "you", my: "your", mine: "yours", myself: "yourself",
  we: "you", "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll", us: "you", our: "your", ours: "yours", ourselves: "yourselves",
  "you're": "we're", "you've": "we've", "you'd": "we'd", "you'll": "we'll", your: "our", yours: "ours", yourself: "ourselves", yourselves: "ourselves",
  am: "are",
};
const SUBJECT_START = /(^|[,;:]\s*|\b(and|but|because|so|when|after|that|then|if|since|although|though|as)\s+)$/i;

const AGREEMENT: [RegExp, string][] = [
  [/\byou was\b/g, "you were"],
  [/\byou wasn'?t\b/g, "you weren't"],
  [/\byou has\b/g, "you have"],
  [/\byou hasn'?t\b/g, "you haven't"],
  [/\bthank us\b/gi, "thank you"],
];

/**
 * Turns the customer's words into words the business can say back: "I" becomes
 * "you", "you" becomes "we" or "us". Done in one pass so swaps never collide.
 */
export function swapPerson(text: string): string {
  let out = swapWords(text);
  for (const [re, fixed] of AGREEMENT) out = out.replace(re, fixed);
  // A sentence that now starts with "you" still needs its capital.
  return out.replace(/([.!?]\s+)([a-z])/g, (_, gap: string, c: string) => gap + c.toUpperCase());
}

function swapWords(text: string): string {
  return text.replace(/\b(i'm|i've|i'd|i'll|i|me|my|mine|myself|we're|we've|we'd|we'll|we|us|our|ours|ourselves|you're|you've|you'd|you'll|you|your|yours|yourself|yourselves|am)\b/gi, (word, _w, offset: number, whole: string) => {
    const lower = word.toLowerCase().replace("’", "'");
    let out: string;
    if (lower === "you") {
      const before = whole.slice(Math.max(0, offset - 12), offset);
      out = SUBJECT_START.test(before) ? "we" : "us";
    } else if (lower === "am") {
      // Only "I am" changes; "8 am" stays.
      const before = whole.slice(Math.max(0, offset - 3), offset).toLowerCase();
      out = /\bi\s$/.test(before) ? "are" : word;
      return out;
    } else {
      out = SWAP[lower] ?? word;
    }
    if (word[0] === word[0]!.toUpperCase() && lower !== "i" && !lower.startsWith("i'")) {
      return out.charAt(0).toUpperCase() + out.slice(1);
    }
    return out;
  });
}

function sentences(text: string): string[] {
  const flat = text.replace(/\s*\n+\s*/g, "\n");
  const out: string[] = [];
  for (const para of flat.split("\n")) {
    const parts = para.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [];
    for (const p of parts) {
      const s = p.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Lower-cases the first word unless it is a name or "I", so the summary reads after "I'm sorry that". */
function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0] ?? "";
  if (/^(The|A|An|Your|Our|We|It|This|That|There|They|You|Nobody|No|Nothing|Someone|My|Their|His|Her|When|After|Yesterday|Today|Last|On)$/.test(first)) {
    return s.charAt(0).toLowerCase() + s.slice(1);
  }
  return s;
}

/**
 * One or two sentences, at most about 35 words, saying what went wrong, in
 * words the business can say back after "I'm sorry that ...".
 */
export function summarise(latest: string, isRelevant: (sentence: string) => number): string {
  const all = sentences(latest.slice(0, 8000))
    .filter((s) => !GREETING.test(s) && !PLEASANTRY.test(s))
    .slice(0, 40);
  if (!all.length) return "";
  // Start with the sentence that says most about the failure, then add the next if room.
  const feelingOnly = /^(i('m| am)|we('re| are)|this is|that is|it is|it's)\s+(really |so |very |extremely |just |absolutely )?(disappointed|upset|frustrated|angry|unhappy|annoyed|furious|unacceptable|ridiculous|shocked)\W*$/i;
  let bestIdx = 0;
  let best = -1;
  all.forEach((s, idx) => {
    const score = isRelevant(s) * 10 - idx - (feelingOnly.test(s) ? 20 : 0);
    if (score > best) {
      best = score;
      bestIdx = idx;
    }
  });
  let chosen = [all[bestIdx]!.replace(FILLER, "")];
  const next = all[bestIdx + 1];
  if (next && isRelevant(next) > 0 && words(chosen[0]!).length + words(next).length <= MAX_WORDS) chosen.push(next);
  let text = chosen.join(" ");
  let w = words(text);
  if (w.length > MAX_WORDS) {
    w = w.slice(0, MAX_WORDS);
    // Cut back to the last comma or clause edge so it does not stop mid-thought.
    const joined = w.join(" ");
    const edge = Math.max(joined.lastIndexOf(","), joined.lastIndexOf(";"), joined.lastIndexOf(" and "), joined.lastIndexOf(" but "));
    text = edge > joined.length * 0.5 ? joined.slice(0, edge) : joined;
    chosen = [text.replace(/[,;:\s-]+$/, "")];
    text = chosen[0]!;
  }
  text = text.replace(/[!?]+$/, ".").replace(/\.{2,}$/, ".").replace(/\s+/g, " ").trim();
  text = text.replace(/[.]$/, "");
  return lowerFirst(swapPerson(text));
}
