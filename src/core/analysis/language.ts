// Common function words per language. Counting them is crude but fast, and
// good enough to tell the languages our customers write in apart.
const STOPWORDS: Record<string, string[]> = {
  // More words than the others: short English mail ("We've been without a kitchen for a month")
  // has few of the commonest ones, and the Portuguese "a" must not outnumber them.
  en: [
    "the",
    "and",
    "is",
    "was",
    "you",
    "my",
    "we",
    "it",
    "not",
    "to",
    "of",
    "for",
    "with",
    "have",
    "this",
    "that",
    "i",
    "didn't",
    "but",
    "on",
    "has",
    "been",
    "our",
    "your",
    "were",
    "had",
    "they",
    "at",
    "from",
    "by",
    "we've",
    "i've",
    "i'm",
    "it's",
    "don't",
    "isn't",
    "hasn't",
    "haven't",
    "wasn't",
    "still",
    "now",
    "since",
  ],
  es: ["el", "la", "los", "las", "y", "que", "de", "mi", "no", "es", "por", "para", "con", "una", "pero", "fue", "está", "nos", "del", "muy"],
  fr: ["le", "la", "les", "et", "est", "je", "pas", "de", "mon", "ma", "une", "pour", "avec", "que", "vous", "nous", "été", "mais", "du", "très"],
  de: [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "ich",
    "nicht",
    "mein",
    "meine",
    "ein",
    "eine",
    "mit",
    "für",
    "wir",
    "sie",
    "war",
    "aber",
    "wurde",
    "auf",
    "den",
    "dass",
    "mir",
    "uns",
    "sich",
    "bei",
    "zu",
    "ihnen",
    "ihre",
    "haben",
    "noch",
    "leid",
  ],
  it: ["il", "la", "e", "è", "che", "non", "di", "mio", "una", "per", "con", "sono", "ma", "stato", "del", "molto"],
  pt: ["o", "a", "os", "e", "que", "não", "de", "meu", "minha", "uma", "para", "com", "foi", "mas", "muito", "está"],
  nl: ["de", "het", "en", "is", "ik", "niet", "mijn", "een", "met", "voor", "wij", "was", "maar", "op", "zijn"],
};

const SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);

/** ISO 639-1 code of the text's language; "en" when there is too little to tell. */
export function detectLanguage(text: string): string {
  const words =
    text
      .toLowerCase()
      .slice(0, 4000)
      .match(/[\p{L}']+/gu) ?? [];
  if (words.length < 3) return "en";
  let best = "en";
  let bestScore = 0;
  for (const [lang, set] of SETS) {
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
