// What went wrong as one plain clause from our side, for Spanish, French, German, Portuguese, Italian and Dutch mail: the
// acknowledgment says it back after a colon ("Siento mucho lo ocurrido: el inodoro sigue
// corriendo sin parar"), which keeps the customer's own verb forms (after "que" or "dass" they
// would have to change). Only clauses about a thing or nobody, with no first or second person
// left that we can't turn round safely, are said back; anything else gives undefined and the
// acknowledgment names the kind of failure instead.

import { LETTERS, plain, wordsPattern } from "../text/wordEdges";

interface ClauseRules {
  /** Leading words that only set the scene: "Desde esa misma noche", "En revanche, je constate que". */
  lead: RegExp[];
  /** Where one clause ends and another begins (a colon too: "llegó incompleto: faltan dos cajas"). */
  edge: RegExp;
  /** Opens on the thing or the people it is about. */
  subject: RegExp;
  /** Says that something happened: a finite verb. */
  finite: RegExp;
  /** Says what failed. */
  failed: RegExp;
  /** Demands, hearsay, guesses, questions, and who's asking: not ours to say back. */
  demand: RegExp;
  /** The customer as "I" or "we", or speaking to us: rejected rather than turned round wrongly. */
  person: RegExp;
  /** Where that takes letter case (German "Sie" is "you", "sie" is "she"), the part that does. */
  youPerson?: RegExp;
  /** The customer's possessives, turned to ours for them: "mi factura" → "su factura". */
  swap: (clause: string) => string;
  /** After the colon: German starts a sentence with a capital; Spanish and French run on. */
  capitalise: boolean;
}

// Whole words, with edges that know accented letters and elision ("llegó", "l'acompte"); the lists
// write letters as \p{L} for reading, compiled with plain letter ranges (see wordEdges.ts).
const words = (list: string, flags = "i") => plain(wordsPattern(list, flags, `${LETTERS}'’`));
// A match may carry the character before the word; only the word itself is turned round.
const turn = (word: RegExp, to: string) => (match: string) => match.replace(word, to);
// The same, where each word turns into its own: "meu" → "seu", "minha" → "sua".
const turnEach = (to: Record<string, string>) => (match: string) => match.replace(/\S+$/, (w) => to[w.toLowerCase()] ?? w);

// The customer's possessives, every one of them: "mi casa y mi coche" → "su casa y su coche".
const MY_ES = words("mi", "gi");
const MINE_ES = words("mis", "gi");
const MY_FR = words("mon|ma", "gi");
const MINE_FR = words("mes", "gi");

const ES: ClauseRules = {
  lead: [
    /^(?:pero|y|además|también|encima|hoy|ayer|anoche|esta (?:mañana|tarde|noche)|desde [^,;]{1,30}?),?\s+(?=(?:el|la|los|las|mi|mis|nadie|ningún|ninguna|no)\s)/iu,
    // "Es la tercera vez este mes que…": the repeat is said separately.
    /^(?:es|esta es|ya es) la (?:segunda|tercera|cuarta|quinta) vez (?:[^,;]{0,20}? )?que\s+/iu,
  ],
  edge: /[;:]\s+|\s[–—]\s|,\s+(?:y|pero)\s+|\s+y\s+(?!(?:el|la|los|las|un|una|unos|unas|mi|mis|su|sus|\d)\s)/giu,
  subject: /^(?:el|la|los|las|mi|mis|nadie|ningún|ninguna|nada|todo|toda|todos|todas|no|nunca|dos|tres|cuatro|ambos|ambas|\d+)\s/iu,
  finite: words(
    "es|son|era|eran|está|están|estaba|estaban|fue|fueron|ha|han|había|habían|hay|sigue|siguen|huele|falta|faltan|vino|vinieron|aparece|aparecen|llega|llegan|funciona|funcionan|tiene|tienen|cierra|cierran|pierde|pierden|sale|salen|[\\p{L}]{2,}(?:ó|aron|aba|aban|ía|ían)",
  ),
  failed: words(
    "no|nunca|nadie|nada|ningún|ninguna|sin|mal|tarde|incomplet[oa]s?|todavía|sigue|siguen|falta|faltan|rot[oa]s?|mojad[oa]s?|manchad[oa]s?|manchas?|humedad|dañad[oa]s?|equivocad[oa]s?|incorrect[oa]s?|rayad[oa]s?|aplastad[oa]s?|quemad[oa]s?|podrid[oa]s?|suci[oa]s?|frí[oa]s?|fuga|gotea|pierde agua|empapad[oa]s?|raya|arañazos?|grietas?|golpes?|dos veces|se ha desprendido|cancelad[oa]s?",
  ),
  demand: words(
    "quiero|queremos|quisiera|necesito|necesitamos|exijo|pido|por favor|espero|debería|deberían|debe|deben|tiene que|tienen que|dijo|dijeron|dice|dicen|según|creo|parece|quizás?|tal vez|si|por qué|porque|cuando|cómo|cuánto|reembolso|devolución|devuelvan",
  ),
  person: words(
    "yo|me|mí|conmigo|nos|nosotros|nosotras|nuestr[oa]s?|su|sus|usted|ustedes|le|les|he|hemos|tengo|tenemos|estoy|estamos|soy|somos|voy|vamos|veo|creo|entiendo|encuentro|[\\p{L}]{2,}zco|[\\p{L}]{2,}(?:é|amos|imos|emos)|[\\p{L}]{2,}(?:ar|er|ir)(?:lo|la|los|las|le|les)",
  ),
  swap: (c) => c.replace(MY_ES, turn(/mi/i, "su")).replace(MINE_ES, turn(/mis/i, "sus")),
  capitalise: false,
};

const FR: ClauseRules = {
  lead: [
    /^(?:mais|et|or|en revanche|par ailleurs|de plus|hier|ce (?:matin|soir)|aujourd'hui|depuis [^,;]{1,30}?),?\s+/iu,
    /^j['’]ai (?:constaté|vu|remarqué|découvert) (?:[^,;]{0,30}? )?que\s+|^je (?:constate|vois|remarque|découvre|m['’]aperçois) (?:[^,;]{0,30}? )?que\s+/iu,
    /^c['’]est la (?:deuxième|troisième|quatrième|cinquième) fois (?:[^,;]{0,20}? )?que\s+/iu,
  ],
  edge: /\s?[;:]\s+|\s[–—]\s|,\s+(?:et|mais)\s+|\s+et\s+(?!(?:le|la|les|l['’]|un|une|des|mon|ma|mes|votre|vos|\d)\s?)/giu,
  subject: /^(?:le|la|les|l['’]|mon|ma|mes|personne|rien|aucun|aucune|tout|tous|toutes|un|une|deux|trois|quatre|\d+)(?:\s|(?<=['’]))/iu,
  finite: words(
    "est|sont|était|étaient|a|ont|avait|avaient|fut|reste|restent|manque|manquent|fonctionne|marche|arrive|arrivent|n['’]est|n['’]a|n['’]ont|n['’]était|n['’]avait|[\\p{L}]{2,}(?:ait|aient)",
  ),
  failed: words(
    "pas|jamais|personne|rien|aucun|aucune|sans|deux fois|incomplète?s?|erreur|erroné[\\p{L}]*|mauvais[\\p{L}]*|en retard|retard|cassé[\\p{L}]*|abîmé[\\p{L}]*|endommagé[\\p{L}]*|mouillé[\\p{L}]*|taché[\\p{L}]*|froid[\\p{L}]*|manqu[\\p{L}]+|oubli[\\p{L}]*|annulé[\\p{L}]*|fuite|complet|perdu[\\p{L}]*|barré[\\p{L}]*|fermé[\\p{L}]*|prélevé[\\p{L}]* deux fois|fuit|gonflé[\\p{L}]*|rayé[\\p{L}]*|gondolé[\\p{L}]*",
  ),
  demand: words(
    "veux|voudrais|voudrions|souhaite|souhaiterais|merci de|pourriez|pouvez|devez|doit|doivent|devrait|devraient|exige|dit|disent|selon|pense|crois|semble|peut-être|si|pourquoi|quand|comment|combien|remboursement|rembourser",
  ),
  person: words("je|j['’][\\p{L}]*|moi|me|m['’][\\p{L}]*|nous|notre|nos|vous|votre|vos"),
  swap: (c) => c.replace(MY_FR, turn(/mon|ma/i, "votre")).replace(MINE_FR, turn(/mes/i, "vos")),
  capitalise: false,
};

const MY_PT = words("meu|minha|meus|minhas", "gi");
const MY_PT_TO: Record<string, string> = { meu: "seu", minha: "sua", meus: "seus", minhas: "suas" };

const PT: ClauseRules = {
  lead: [
    /^(?:mas|e|além disso|também|hoje|ontem|hoje de novo|de novo),?:?\s+(?=(?:o|a|os|as|meu|minha|meus|minhas|ninguém|nenhum|nenhuma|não)\s)/iu,
    // "Essa é a terceira vez em um mês que…": the repeat is said separately.
    /^(?:essa|esta|é) (?:é )?a (?:segunda|terceira|quarta|quinta) vez (?:[^,;]{0,20}? )?que\s+/iu,
  ],
  edge: /[;:]\s+|\s[–—]\s|,\s+(?:e|mas)\s+|\s+e\s+(?!(?:o|a|os|as|um|uma|meu|minha|meus|minhas|seu|sua|\d)\s)/giu,
  subject: /^(?:o|a|os|as|meu|minha|meus|minhas|ninguém|nada|nenhum|nenhuma|dois|duas|três|\d+)\s/iu,
  finite: words(
    "é|são|era|eram|está|estão|estava|estavam|foi|foram|tem|têm|tinha|há|havia|aparece|aparecem|veio|vieram|chegou|chegaram|falta|faltam|[\\p{L}]{2,}(?:ou|aram|ava|avam|eu|eram|iu|iram)",
  ),
  failed: words(
    "não|nunca|ninguém|nada|nenhum|nenhuma|sem|errad[oa]s?|quebrad[oa]s?|estragad[oa]s?|atrasad[oa]s?|manchad[oa]s?|molhad[oa]s?|danificad[oa]s?|faltando|falta|faltam|duas vezes|cancelad[oa]s?|frio|fria|riscad[oa]s?|arranhad[oa]s?|amassad[oa]s?|partid[oa]s?",
  ),
  demand: words(
    "quero|queremos|gostaria|preciso|precisamos|precisam|exijo|peço|por favor|espero|deveria|deveriam|deve|devem|tem que|têm que|disse|disseram|diz|dizem|segundo|acho|parece|talvez|se|por que|porque|quando|como|quanto|reembolso|devolução|desconto",
  ),
  person: words("eu|me|mim|comigo|nós|nos|nosso|nossa|nossos|nossas|você|vocês|seu|sua|seus|suas|lhe|lhes|[\\p{L}]{2,}(?:ei|amos|emos|imos)"),
  swap: (c) => c.replace(MY_PT, turnEach(MY_PT_TO)),
  capitalise: false,
};

// Italian mail is answered with the formal "Lei", so "mio" is turned to "Suo".
const MY_IT = words("mio|mia|miei|mie", "gi");
const MY_IT_TO: Record<string, string> = { mio: "Suo", mia: "Sua", miei: "Suoi", mie: "Sue" };

const IT: ClauseRules = {
  lead: [
    /^(?:ma|e|inoltre|anche|oggi|ieri|stamattina|stasera),?\s+(?=(?:il|lo|la|i|gli|le|l['’]|mio|mia|nessuno|niente)\s?)/iu,
    /^(?:è|questa è) la (?:seconda|terza|quarta|quinta) volta (?:[^,;]{0,20}? )?che\s+/iu,
  ],
  // "è arrivato ieri ed è graffiato": one subject, two verbs, one clause.
  edge: /[;:]\s+|\s[–—]\s|,\s+(?:e|ed|ma)\s+|\s+ma\s+|\s+(?:e|ed)\s+(?!(?:il|lo|la|i|gli|le|un|una|uno|mio|mia|miei|mie|è|ha|era|sono|hanno|\d)\s)/giu,
  subject: /^(?:il|lo|la|i|gli|le|l['’]|mio|mia|miei|mie|nessuno|niente|nulla|due|tre|quattro|\d+)(?:\s|(?<=['’]))/iu,
  finite: words(
    "è|sono|era|erano|ha|hanno|aveva|avevano|c['’]è|ci sono|manca|mancano|funziona|arriva|arrivano|[\\p{L}]{2,}(?:ò|arono|irono|eva|evano|ava|avano)",
  ),
  failed: words(
    "non|mai|nessuno|niente|nulla|senza|rott[oaie]|graffiat[oaie]|danneggiat[oaie]|macchiat[oaie]|bagnat[oaie]|sbagliat[oaie]|in ritardo|fredd[oaie]|mancant[ei]|manca|mancano|due volte|annullat[oaie]|strappat[oaie]|rovinat[oaie]",
  ),
  demand: words(
    "voglio|vogliamo|vorrei|vorremmo|chiedo|chiediamo|per favore|vi prego|spero|dovrebbe|dovrebbero|deve|devono|detto|dice|dicono|secondo|penso|credo|sembra|forse|se|perché|quando|come|quanto|rimborso|sconto",
  ),
  // "…non ha voluto toglierle": a pronoun on the verb that points at something the clause doesn't name.
  person: words("io|mi|me|noi|ci|nostr[oaie]|voi|vostr[oaie]|ho|abbiamo|lei|[\\p{L}]{2,}(?:ar|er|ir)(?:lo|la|li|le|ne|gli)"),
  swap: (c) => c.replace(MY_IT, turnEach(MY_IT_TO)),
  capitalise: false,
};

const MY_NL = words("mijn", "gi");

const NL: ClauseRules = {
  lead: [/^(?:maar|en|ook|bovendien|vandaag|gisteren|vanochtend|vanmorgen|vanavond),?\s+(?=(?:de|het|een|mijn|niemand|niets|geen)\s)/iu],
  // "maar" always starts a clause; "en de…" may join two things.
  edge: /[;:]\s+|\s[–—]\s|,?\s+maar\s+|,\s+en\s+|\s+en\s+(?!(?:de|het|een|mijn|\d)\s)/giu,
  subject: /^(?:de|het|een|mijn|niemand|niets|geen|twee|drie|vier|beide|alle|\d+)\s/iu,
  finite: words(
    "is|zijn|was|waren|heeft|hebben|had|hadden|werd|werden|kwam|kwamen|staat|stond|ligt|lag|zit|zat|ontbreekt|ontbreken|werkt|[\\p{L}]{2,}(?:de|te|den|ten)",
  ),
  failed: words(
    "niet|nooit|niemand|niets|geen|zonder|kapot|beschadigd|gebroken|gescheurd|scheur|gekrast|krassen|vlek|vlekken|nat|verkeerd[\\p{L}]*|te laat|koud|ontbreekt|ontbreken|dubbel|twee keer|geannuleerd|lekt|lekkage",
  ),
  demand: words(
    "wil|willen|zou|zouden|graag|alstublieft|alsjeblieft|verwacht|verwachten|moet|moeten|zei|zeiden|zegt|zeggen|volgens|denk|lijkt|misschien|als|waarom|wanneer|hoe|terugbetaling|korting",
  ),
  person: words("ik|me|mij|we|wij|ons|onze|jij|je|jou|jouw|u|uw|jullie"),
  swap: (c) => c.replace(MY_NL, turn(/mijn/i, "uw")),
  capitalise: false,
};

const MY_DE = words("mein(?:e|en|em|er|es)?", "gi");
const ME_DE = words("mir", "gi");
const MYSELF_DE = words("mich", "gi");

const DE: ClauseRules = {
  lead: [plain(/^(?:aber|und|außerdem|gestern|heute|seit [^,;]{1,30}?),?\s+(?=(?:der|die|das|den|dem|mein[\p{L}]*|kein[\p{L}]*|niemand|nichts)\s)/iu)],
  edge: plain(/[;:]\s+|\s[–—]\s|,\s+(?:und|aber)\s+|\s+und\s+(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|mein[\p{L}]*|\d)\s)/giu),
  subject: plain(/^(?:der|die|das|den|dem|ein|eine|mein[\p{L}]*|kein[\p{L}]*|niemand|nichts|alle|zwei|drei|vier|beide|\d+)\s/iu),
  finite: words(
    "ist|sind|war|waren|hat|haben|hatte|hatten|wurde|wurden|kam|kamen|fehlt|fehlen|funktioniert|läuft|lief|gab|gibt|steht|stehen|tropft|tropfen|[\\p{L}]{2,}te|[\\p{L}]{2,}ten",
  ),
  failed: words(
    "nicht|nie|niemals|niemand|nichts|kein[\\p{L}]*|ohne|unvollständig|kaputt|beschädigt|defekt|falsch[\\p{L}]*|zu spät|verspät[\\p{L}]*|zweimal|doppelt|nass|Fleck[\\p{L}]*|fehl[\\p{L}]*|vergessen|abgesagt|storniert|undicht|kalt|unter Wasser|läuft [\\p{L} ]{0,20}aus|ausgelaufen|tropft|zerkratzt|verkratzt|gerissen|zerbrochen",
  ),
  demand: words(
    "möchte|möchten|will|wollen|bitte|erwarte|erwarten|fordere|fordern|sollte|sollten|muss|müssen|sagte|sagten|laut|angeblich|vielleicht|wohl|wenn|warum|ob|wie|Erstattung|erstatten|zurück",
  ),
  // Lower-case "sie" and "ihr" are she, they and her; the capitals mid-sentence speak to us.
  person: words("ich|wir|uns|unser[\\p{L}]*|du|dich|dir|euch"),
  youPerson: plain(/(?<=\s)(?:Sie|Ihnen|Ihr[\p{L}]*)(?![\p{L}])/u),
  swap: (c) => c.replace(MY_DE, turn(/mein/i, "Ihr")).replace(ME_DE, turn(/mir/i, "Ihnen")).replace(MYSELF_DE, turn(/mich/i, "Sie")),
  capitalise: true,
};

const RULES: Record<string, ClauseRules> = { es: ES, fr: FR, de: DE, pt: PT, it: IT, nl: NL };

/**
 * The first clause of a Spanish, French, German, Portuguese, Italian or Dutch summary that says
 * what failed cleanly, or else of the best sentences whole (`sentences`, most likely first), or
 * undefined.
 */
export function otherLanguageStatement(summary: string, confidence: number, language: string, sentences: string[] = []): string | undefined {
  const rules = RULES[language];
  if (!rules || confidence < 0.25) return undefined;
  for (const text of [summary, ...sentences]) {
    const said = firstClause(text, rules);
    if (said) return said;
  }
  return undefined;
}

// Every "and": the edges keep "y el…" together, since it may join two things ("el pan y la
// leche"); tried when they find nothing, each part must still be a whole clause to be said.
const EVERY_AND = /\s+(?:y|et|und|e|ed|en)\s+/giu;

function firstClause(text: string, rules: ClauseRules): string | undefined {
  const plainText = text.replace(/\s*\([^()]{1,60}\)/g, "");
  return (
    clauseOf(plainText.split(rules.edge), rules) ??
    clauseOf(
      plainText.split(rules.edge).flatMap((c) => c.split(EVERY_AND)),
      rules,
    )
  );
}

function clauseOf(clauses: string[], rules: ClauseRules): string | undefined {
  for (const clause of clauses) {
    let bare = clause.replace(/[\s,;:.\-–—]+$/, "").trim();
    for (const lead of rules.lead) bare = bare.replace(lead, "");
    if (!qualifies(bare, rules)) continue;
    const said = rules.swap(bare);
    const first = rules.capitalise ? said.charAt(0).toUpperCase() : said.charAt(0).toLowerCase();
    return first + said.slice(1);
  }
  return undefined;
}

const VISIT_FOR = plain(
  /\b(?:venu[e]?s?|passé[e]?s?|vino|vinieron|pasó|veio|vieram|passou|kam|kamen|gekommen|venut[oa]|passat[oa]|gekomen|langsgekomen)\b[^,;]{0,25}? (?:pour|para|por|wegen|für|per|voor|om) [^,;]+$/iu,
);

function qualifies(clause: string, rules: ClauseRules): boolean {
  const count = clause.split(/\s+/).length;
  // "personne n'est venu" is whole in three words, as "nobody came" is in English.
  const shortest = /^(?:personne|nadie|niemand|ninguém|nessuno)\s/iu.test(clause) ? 3 : 4;
  if (count < shortest || count > 22) return false;
  // Quotes, asides, lists and questions lose the main verb or say someone else's words.
  if (/["“”«»„:?]| [-–—] /.test(clause)) return false;
  // A capital after the first word that isn't a German noun is a name we can't place: "Ese árbol NO".
  if (!rules.capitalise && /\s[A-ZÀ-ÖØ-Þ]{2,}/.test(clause)) return false;
  // "nada está roto": good news, not a failure.
  if (/^(?:nada|rien|nichts)\s/iu.test(clause) && rules.failed.test(clause.replace(/^\S+/, ""))) return false;
  return (
    rules.subject.test(clause) &&
    rules.finite.test(clause) &&
    // "le plombier est venu mardi pour la fuite": why someone came, not what failed.
    rules.failed.test(clause.replace(VISIT_FOR, " ")) &&
    !rules.demand.test(clause) &&
    !rules.person.test(clause) &&
    !rules.youPerson?.test(clause)
  );
}
