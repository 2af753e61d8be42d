import * as chronoEn from "chrono-node/en";

// English only for now: each extra chrono locale adds ~10 KB gzipped to the pane.
const PARSERS: Record<string, { parse: typeof chronoEn.parse }> = {
  en: chronoEn,
};

// Words just before a date that make it something the customer needs by then.
const CUE =
  /\b(by|before|until|till|no later than|deadline|due|latest|need(?:s|ed)?(?: it| this| them| that)?|event|party|wedding|ceremony|function|meeting|guests arrive|leaving|moving|avant|d'ici|jusqu'à|bis|vor|spätestens|antes de|para el|hasta)\b[^.!?\n]{0,30}$/i;

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
  for (const r of results) {
    const before = sample.slice(Math.max(0, r.index - 40), r.index);
    const phrase = r.text.trim();
    const cue = CUE.exec(before);
    if (!cue && !/^(by|before|until|avant|bis|antes)\b/i.test(phrase)) continue;
    const date = r.start.date();
    if (date.getTime() < reference.getTime() - 60 * 60 * 1000) continue;
    const lead = /\b(by|before|until|till|no later than|avant|bis|vor|antes de|hasta)\s+$/i.exec(before)?.[1];
    return { text: lead ? `${lead} ${phrase}` : phrase, date };
  }
  return null;
}
