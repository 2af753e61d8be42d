// The date parser the reader uses by default: chrono, with its packs for the languages our
// customers write. The pane loads this module on demand (it is the biggest part of the reader),
// and core takes it as an argument, so nothing here is on the pane's start-up path.
import * as de from "chrono-node/de";
import * as en from "chrono-node/en";
import * as es from "chrono-node/es";
import * as fr from "chrono-node/fr";
import * as it from "chrono-node/it";
import * as nl from "chrono-node/nl";
import * as pt from "chrono-node/pt";
import type { DateMention, DateParser } from "./deadline";

type Chrono = { parse: typeof en.parse };
const PACKS: Record<string, Chrono> = { en, es, fr, de, it, nl, pt };

export const chronoDates: DateParser = {
  parse(text, reference, language, offsetMinutes) {
    const packs = language === "en" || !PACKS[language] ? [en] : [PACKS[language]!, en];
    const out: DateMention[] = [];
    for (const pack of packs) {
      for (const r of pack.parse(text, { instant: reference, timezone: offsetMinutes }, { forwardDate: true })) {
        if (out.some((o) => o.index === r.index)) continue;
        out.push({
          index: r.index,
          text: r.text,
          date: r.start.date(),
          hasTime: r.start.isCertain("hour"),
          hasDay: r.start.isCertain("day") || r.start.isCertain("weekday"),
        });
      }
    }
    return out;
  },
};
