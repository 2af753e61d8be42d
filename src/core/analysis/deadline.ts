// The deadline the customer states: the date by which they need the goods, the service or the
// fix ("I need it delivered before my in-laws arrive on the 19th"), resolved against when the
// email arrived, on the customer's clock. A response-time demand ("call me today") counts only
// when nothing else is stated; a past event ("on Saturday the cake was wrong") or a promise the
// business made ("you said it would be ready by Tuesday") never does.
import { REQUEST } from "./cues";
import { plain } from "../text/wordEdges";

export interface Deadline {
  text: string;
  date?: Date;
}

/** A date mention found by a date parser: where it is, what it says, and the moment it means. */
export interface DateMention {
  index: number;
  text: string;
  date: Date;
  /** The mention names a time of day ("9am", "noon"), not only a day. */
  hasTime: boolean;
  /** The mention names a day (a date, a weekday, "tomorrow"), not only a month or a time. */
  hasDay: boolean;
}

/**
 * Finds date mentions in text. Core takes it as an argument, so the pane can load the parser
 * (chrono and its language packs) after the summary is on screen.
 */
export interface DateParser {
  parse(text: string, reference: Date, language: string, offsetMinutes: number): DateMention[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A business day ends at 17:00: "by Friday" means Friday's close of business. */
const CLOSE_OF_BUSINESS = 17;

/** Words just before a date that make it a deadline, in the languages our customers write. */
const LEAD = plain(
  /(?:^|[^\p{L}])(by|before|until|till|no later than|not later than|at the latest|latest|within|in time for|ahead of|due|deadline|antes del?|antes de que|para el|a más tardar|como muy tarde|hasta el|dentro de|até|antes d[eo]|no máximo|d'ici|avant( le| la| que)?|au plus tard|sous|dans les|bis( spätestens| zum| zur)?|spätestens|vor( dem| der)?|innerhalb von|entro( il| la)?|prima d[ei]l?|al più tardi|vóór|voor|uiterlijk|binnen)[\s,]*$/iu,
);
/** "before <an event> on <date>": the customer needs it before the event. */
const EVENT_LEAD = plain(/(?:^|[^\p{L}])(before|ahead of|antes de|avant|vor|prima d[ei]|vóór)\s[^,.;!?]{2,70}\s(on|el|le|am|il|op|at)(\s+the)?\s*$/iu);

/** Sentences that state a need or a demand. */
const NEED = plain(
  /(?:^|[^\p{L}])(need|needs|needed|want|must|have to|has to|require|expect|asap|urgent|otherwise|if (?:not|i don'?t|it (?:isn'?t|can'?t|won'?t))|or i will|or i'll|deadline|necesito|necesitamos|tiene que|preciso|precisamos|il faut|j'ai besoin|je dois|brauche|muss|müssen|ho bisogno|devo|moet|nodig)(?![\p{L}])/iu,
);
/** Sentences that report what happened or what the business promised. */
const REPORT = plain(
  /(?:^|[^\p{L}])(told (?:me|us)|you said|you told|said (?:it|they|that)|promised|promising|promise|assured|confirmed|was supposed|were supposed|you wrote|came and went|was told|were told|you (?:rebooked|moved|quoted)|me dijeron|prometieron|disseram|prometeram|on m'a dit|promis|sagten|versprochen|mi hanno detto|promesso|beloofd)(?![\p{L}])/iu,
);
/** A demand about the reply rather than the fix. */
const RESPONSE = plain(
  /(?:^|[^\p{L}])(call|phone|ring|reply|respond|response|answer|confirm|confirmation|let me know|hear (?:back|from)|get back|contact me|email me|write to me|in writing|tell me|llám|llamen|respuesta|responda|confirme|rappel|répon|réponse|confirmer|antwort|rückruf|bestätig|rispost|chiamat|conferm|bel me|antwoord|bevestig|ligue|resposta|confirm)/iu,
);

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  sabado: 6,
  "segunda-feira": 1,
  segunda: 1,
  "terça-feira": 2,
  terça: 2,
  "quarta-feira": 3,
  quarta: 3,
  "quinta-feira": 4,
  quinta: 4,
  "sexta-feira": 5,
  sexta: 5,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  domenica: 0,
  lunedì: 1,
  martedì: 2,
  mercoledì: 3,
  giovedì: 4,
  venerdì: 5,
  zondag: 0,
  maandag: 1,
  dinsdag: 2,
  woensdag: 3,
  donderdag: 4,
  vrijdag: 5,
  zaterdag: 6,
};
const WEEKDAY_WORD = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Relative phrases the date parser may not read in every language, with what they mean. */
interface Relative {
  re: RegExp;
  resolve: (m: RegExpExecArray, wall: Date) => { days: number; hour: number } | null;
}
const RELATIVE: Relative[] = [
  // today, tonight, this morning, end of (the) day, close of play, within the hour
  {
    re: plain(
      /(?:^|[^\p{L}])(today|this (?:morning|afternoon|evening)|tonight|end of (?:the )?day(?! tomorrow)|close of (?:play|business)(?! (?:tomorrow|on|friday|monday|tuesday|wednesday|thursday))|eod|cob|within the hour|hoy(?: mismo)?|esta noche|hoje|aujourd'hui|ce soir|heute|heute abend|oggi|stasera|vandaag|vanavond)(?![\p{L}])/iu,
    ),
    resolve: (m) => ({
      days: 0,
      hour: /morning|within the hour/i.test(m[1]!) ? 12 : /night|soir|abend|stasera|vanavond|noche/i.test(m[1]!) ? 21 : CLOSE_OF_BUSINESS,
    }),
  },
  // tomorrow, end of day tomorrow
  {
    re: plain(
      /(?:^|[^\p{L}])((?:end of (?:the )?day |close of (?:play|business) |first thing )?tomorrow(?: morning| evening| night)?|mañana|amanhã|demain|morgen|domani)(?![\p{L}])/iu,
    ),
    resolve: () => ({ days: 1, hour: CLOSE_OF_BUSINESS }),
  },
  // within 10 days, within 48 hours, sous 48 heures, innerhalb von 14 Tagen, dentro de 7 días, entro 10 giorni, binnen 5 dagen
  {
    re: plain(
      /(?:^|[^\p{L}])((?:within|in the next|sous|dans les|innerhalb von|binnen|dentro de|en|entro|nos próximos|em) (\d{1,3}|two|three|five|seven|ten|fourteen) (hours?|days?|business days?|working days?|weeks?|heures?|jours?|stunden|tagen?|wochen?|horas?|días|dias|semanas?|ore|giorni|settimane|uur|dagen|weken))(?![\p{L}])/iu,
    ),
    resolve: (m) => {
      const n = Number(m[2]) || ({ two: 2, three: 3, five: 5, seven: 7, ten: 10, fourteen: 14 } as Record<string, number>)[m[2]!.toLowerCase()] || 0;
      const unit = m[3]!.toLowerCase();
      if (/^(hour|heure|stunde|hora|ore|uur)/.test(unit)) return { days: Math.floor(n / 24), hour: -n };
      if (/^(week|woche|semana|settiman|weken)/.test(unit)) return { days: n * 7, hour: CLOSE_OF_BUSINESS };
      return { days: n, hour: CLOSE_OF_BUSINESS };
    },
  },
  // end of the week, end of next week, this weekend
  {
    re: plain(
      /(?:^|[^\p{L}])((?:the )?end of (?:the|this) week|(?:the )?end of next week|this weekend|fin de semana|fin de (?:la )?semaine|ende der woche|fine settimana|einde van de week)(?![\p{L}])/iu,
    ),
    resolve: (m, wall) => {
      const dow = wall.getUTCDay();
      if (/weekend|fin de semana|fine settimana/i.test(m[1]!)) return { days: (6 - dow + 7) % 7, hour: 12 };
      const toFriday = (5 - dow + 7) % 7;
      return { days: toFriday + (/next/i.test(m[1]!) ? 7 : 0), hour: CLOSE_OF_BUSINESS };
    },
  },
];

/** "the 18th", "on the 3rd", "25th": the next day with that number. */
const ORDINAL_DAY = plain(
  /(?:^|[^\p{L}\d])((?:the )?(\d{1,2})(?:st|nd|rd|th))(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?![\p{L}\d])/giu,
);
/** Weekday names alone ("by Friday", "antes del viernes"), for languages the parser can't read. */
const WEEKDAY_ALONE = plain(new RegExp(`(?:^|[^\\p{L}])((?:next |this |el |le |am |op |de |o |a )?(${WEEKDAY_WORD}))(?![\\p{L}])`, "giu"));
/** Holidays customers name as deadlines, resolved by rule. */
const HOLIDAY = plain(/(?:^|[^\p{L}])(thanksgiving|christmas(?: eve| day)?|new year'?s? (?:eve|day)|navidad|noël|weihnachten|natale|kerstmis)(?![\p{L}])/iu);

function holidayDay(name: string, wallYear: number): { month: number; day: number } {
  const n = name.toLowerCase();
  if (n.startsWith("thanksgiving")) {
    // The fourth Thursday of November.
    const first = new Date(Date.UTC(wallYear, 10, 1)).getUTCDay();
    return { month: 10, day: 1 + ((4 - first + 7) % 7) + 21 };
  }
  if (/eve/.test(n) && /christmas/.test(n)) return { month: 11, day: 24 };
  if (/new year/.test(n)) return /eve/.test(n) ? { month: 11, day: 31 } : { month: 0, day: 1 };
  return { month: 11, day: 25 };
}

/** The sentence around position `at`, and where it starts. */
function sentenceAt(text: string, at: number): { sentence: string; start: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { sentence: text.slice(start, end + 1), start };
}

interface Candidate {
  at: number;
  text: string;
  /** Midnight of the day on the customer's clock, as a UTC-shifted "wall" date, plus the hour. */
  wallDay: number;
  hour: number;
}

const wallDayOf = (wall: Date) => Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());

/**
 * The deadline the customer stated, or null. `offsetMinutes` is the customer's (or mailbox's)
 * offset from UTC at arrival; `parser` reads dates the fixed patterns here don't.
 */
export function findDeadline(text: string, language: string, reference: Date, offsetMinutes: number, parser?: DateParser): Deadline | null {
  // Plain-text mail wraps lines at ~72 characters; a single line break inside a paragraph is a
  // space (same length, so positions still match the text).
  const sample = text.slice(0, 6000).replace(/([^\n])\n(?=[^\n\s•\-*\d])/g, "$1 ");
  const wall = new Date(reference.getTime() + offsetMinutes * 60_000);
  const today = wallDayOf(wall);
  const candidates: Candidate[] = [];

  for (const { re, resolve } of RELATIVE) {
    const g = new RegExp(re.source, "gi");
    for (const m of sample.matchAll(g)) {
      const r = resolve(m as unknown as RegExpExecArray, wall);
      if (!r) continue;
      const at = m.index! + m[0].indexOf(m[1]!);
      if (r.hour < 0) {
        // "within 48 hours": an exact moment, not a day.
        const moment = wall.getTime() - r.hour * HOUR;
        candidates.push({ at, text: m[1]!, wallDay: wallDayOf(new Date(moment)), hour: new Date(moment).getUTCHours() });
      } else candidates.push({ at, text: m[1]!, wallDay: today + r.days * DAY, hour: r.hour });
    }
  }
  for (const m of sample.matchAll(ORDINAL_DAY)) {
    const n = Number(m[2]);
    if (n < 1 || n > 31) continue;
    let y = wall.getUTCFullYear();
    let mo = wall.getUTCMonth();
    if (n < wall.getUTCDate()) mo++;
    if (mo > 11) {
      mo = 0;
      y++;
    }
    candidates.push({ at: m.index! + m[0].indexOf(m[1]!), text: m[1]!, wallDay: Date.UTC(y, mo, n), hour: CLOSE_OF_BUSINESS });
  }
  // "before Thanksgiving", not "our Christmas lunch".
  const holiday = [...sample.matchAll(new RegExp(HOLIDAY.source, "gi"))].find((h) =>
    LEAD.test(sample.slice(Math.max(0, h.index! - 30), h.index! + h[0].indexOf(h[1]!))),
  );
  if (holiday) {
    let { month, day } = holidayDay(holiday[1]!, wall.getUTCFullYear());
    let when = Date.UTC(wall.getUTCFullYear(), month, day);
    if (when < today) {
      ({ month, day } = holidayDay(holiday[1]!, wall.getUTCFullYear() + 1));
      when = Date.UTC(wall.getUTCFullYear() + 1, month, day);
    }
    candidates.push({ at: holiday.index! + holiday[0].indexOf(holiday[1]!), text: holiday[1]!, wallDay: when, hour: CLOSE_OF_BUSINESS });
  }
  // The date parser reads the opening of the message only: it is the slow part on a date-dense
  // text (20,000 header-like lines took 50 ms), and a deadline is stated early.
  const parsed = parser ? safeParse(parser, sample.slice(0, PARSER_CHARS), reference, language, offsetMinutes) : [];
  for (const p of parsed) {
    // "January", "at 11:30", "now" and "4 horas" are not days anyone can be held to.
    const t = p.text.trim();
    if (
      !p.hasDay ||
      /^(now|right now|the hours?)$|^(last|past|previous)\b|\b(ago|later|earlier)$|\b(hours?|horas?|heures?|stunden|ore|uur|minutes?|minutos?|seconds?)$/i.test(
        t,
      )
    )
      continue;
    const w = new Date(p.date.getTime() + offsetMinutes * 60_000);
    candidates.push({
      at: p.index,
      text: p.text.trim(),
      wallDay: wallDayOf(w),
      hour: p.hasTime ? w.getUTCHours() + w.getUTCMinutes() / 60 : CLOSE_OF_BUSINESS,
    });
  }
  // Weekday names the parser didn't cover (a language it has no pack for, or no parser at all).
  for (const m of sample.matchAll(WEEKDAY_ALONE)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    if (candidates.some((c) => at >= c.at && at < c.at + c.text.length + 12)) continue;
    const target = WEEKDAYS[m[2]!.toLowerCase()]!;
    let days = (target - wall.getUTCDay() + 7) % 7;
    if (/^next /i.test(m[1]!) && days < 7) days += days === 0 ? 7 : 0;
    candidates.push({ at, text: m[1]!, wallDay: today + days * DAY, hour: CLOSE_OF_BUSINESS });
  }

  let best: { score: number; candidate: Candidate; lead: string } | null = null;
  for (const c of candidates) {
    if (c.wallDay < today) continue;
    if (c.wallDay - today > 400 * DAY) continue;
    const { sentence, start } = sentenceAt(sample, c.at);
    const before = sample.slice(Math.max(start, c.at - 40), c.at);
    const leadMatch = LEAD.exec(before);
    // "before we check out on Wednesday", "before the direct debit is collected on the 30th".
    const eventLead = !leadMatch && EVENT_LEAD.test(sample.slice(Math.max(start, c.at - 90), c.at));
    const lead = leadMatch ? leadMatch[1]! : "";
    // "running since Sunday", "last Friday", "what was done on Friday": the past, not a deadline.
    if (/(since|last|ago|desde|depuis|seit|sinds|dal)\s*$/i.test(before)) continue;
    const phraseLead = /^(by|before|until|within|sous|innerhalb|dentro|entro|binnen|end of|close of)/i.test(c.text);
    // "The party is tomorrow at 6pm": the event they need things for, stated as a fact.
    const event =
      /\b(party|wedding|ceremony|meeting|event|birthday|funeral|show|opening|launch|gala|flight|move|closing|hearing|exam|final|fiesta|boda|mariage|hochzeit|feier|festa|bruiloft)\b[^.!?]{0,25}\b(is|are|starts|begins|es|est|ist|è|é)\b/i.test(
        sentence,
      );
    const need = NEED.test(sentence) || REQUEST.test(sentence) || event;
    if (REPORT.test(sentence) && !need) continue;
    if (!lead && !phraseLead && !eventLead && !need) continue;
    // "until 2am" and "by Friday morning water was coming through" tell a story; a deadline asks.
    if (!need && /\b(was|were|had|did|came|went|kept|stayed|waited|arrived|left)\b/i.test(sentence)) continue;
    // The clause the date sits in: "call me today, and have the plumber come by Friday" asks two things.
    const clause =
      sample
        .slice(start, c.at)
        .split(/,|;|\s(?:and|y|e|et|und|en)\s/)
        .pop() ?? "";
    const response = RESPONSE.test(clause) && !/deliver|ready|fixed|done|install|finish|in my hands|arrive|back before|filled|venga|vengan|repar/i.test(clause);
    if (!lead && !phraseLead && !eventLead && /\b(was|were|did|had|happened|came|went|took|added|done|arrived|swam)\b/i.test(clause)) continue;
    let score = (lead || phraseLead || eventLead ? 2 : 0) + (need ? 2 : 0) + (response ? 0 : 3) + (eventLead ? 1 : 0);
    // "before my in-laws arrive on the 19th": the event the customer needs things for.
    if (
      /\b(before|antes|avant|vor|prima|vóór)\b/i.test(sentence) &&
      /(arrive|wedding|party|meeting|final|birthday|check ?out|hearing|ceremony|audit|debit|moving|holiday|event|gala|show|fiesta|boda|mariage|hochzeit|feier|festa|bruiloft)/i.test(
        sentence,
      )
    )
      score += 1;
    if (!best || score > best.score) best = { score, candidate: c, lead: leadMatch && !phraseLead ? lead : "" };
  }
  if (!best) return null;
  const c = best.candidate;
  const hour = Math.floor(c.hour);
  const minutes = Math.round((c.hour - hour) * 60);
  const date = new Date(c.wallDay + hour * HOUR + minutes * 60_000 - offsetMinutes * 60_000);
  return { text: best.lead ? `${best.lead} ${c.text}` : c.text, date };
}

const PARSER_CHARS = 2500;

function safeParse(parser: DateParser, text: string, reference: Date, language: string, offset: number): DateMention[] {
  try {
    return parser.parse(text, reference, language, offset);
  } catch {
    return [];
  }
}
