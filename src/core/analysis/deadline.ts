import * as chronoEn from "chrono-node/en";

// English only for now: each extra chrono locale adds ~10 KB gzipped to the pane.
const PARSERS: Record<string, { parse: typeof chronoEn.parse }> = {
  en: chronoEn,
};

// Words just before a date that make it something the customer needs by then.
const CUE =
  /\b(by|before|until|till|no later than|deadline|due|latest|need(?:s|ed)?|event|party|wedding|ceremony|function|meeting|guests arrive|leaving|moving|call me|phone me|ring me|call me back|come back|fix (?:it|them)|correct it|avant|d'ici|jusqu'à|bis|vor|spätestens|antes de|para el|hasta)\b[^.!?\n]{0,40}$/i;
const LEAD = /\b(by|before|until|till|no later than|avant|bis|vor|antes de|hasta)\s+$/i;
// Durations and vague spans are not dates anyone can be held to.
const NOT_A_DEADLINE = /\b(ago|later|earlier)\b|^(this|next|last) (week|month|year)$|^last\b/i;

export interface Deadline {
  text: string;
  date?: Date;
}

/**
 * The deadline the customer stated ("by Friday 3pm", "the party is on
 * Saturday"), resolved against when the email arrived.
 */
export function findDeadline(text: string, language: string, reference: Date): Deadline | null {
  const parser = PARSERS[language] ?? chronoEn;
  const sample = text.slice(0, 5000);
  let results: ReturnType<typeof chronoEn.parse>;
  try {
    results = parser.parse(sample, reference, { forwardDate: true });
  } catch {
    return null;
  }
  // "by Thursday" beats "the event is on Saturday": a date the customer says they need something by.
  let best: { rank: number; deadline: Deadline } | null = null;
  for (const r of results) {
    const before = sample.slice(Math.max(0, r.index - 50), r.index);
    const phrase = r.text.trim();
    if (NOT_A_DEADLINE.test(phrase)) continue;
    const lead = LEAD.exec(before)?.[1];
    const rank = lead || /^(by|before|until|avant|bis|antes)\b/i.test(phrase) ? 2 : CUE.test(before) ? 1 : 0;
    if (!rank) continue;
    const date = r.start.date();
    if (date.getTime() < reference.getTime() - 60 * 60 * 1000) continue;
    if (!best || rank > best.rank) best = { rank, deadline: { text: lead ? `${lead} ${phrase}` : phrase, date } };
  }
  return best?.deadline ?? null;
}
