import { LETTERS, wordsPattern } from "../text/wordEdges";

// How people write each of the four lanes, in their own words: the coach must accept "That's on
// me, not the crew" as readily as our own wording. English first, then the other languages our
// customers write (es, pt, fr, de, it, nl), so a reply in the customer's language is read too.
// One alternation per line of meaning, with an example.

// Plain letter ranges rather than \p{L} with the u flag (see wordEdges.ts): quicker to compile.
const words = (...parts: string[]) => wordsPattern(parts.join("|"), "i", LETTERS);

/** Saying sorry. "I'm so sorry", "my apologies", "Siento mucho", "Je regrette", "Es tut mir wirklich leid". */
export const APOLOGY = words(
  "sorry",
  "you(?:'re| are) (?:absolutely |quite |completely )?right to be (?:upset|angry|frustrated|annoyed|disappointed|cross)", // "You're absolutely right to be upset"
  "apologi[sz]e\\w*",
  "apolog(?:y|ies)",
  "regret (?:that|not)",
  "siento|sentimos|lament(?:o|amos)|disculp\\w+|perd[oó]n\\w*",
  "desculp\\w+|sinto muito|lamento",
  "d[ée]sol[ée]e?s?|excuses|pardon|regrett(?:e|ons)\\w*|d[ée]plor\\w*",
  "tut (?:mir|uns) (?:[a-zäöü]+ )?leid|entschuldig\\w*|bedauer\\w*",
  "(?:mi|ci) dispiace|scus\\w+|spiacent[ei]|rammaric\\w*",
  "spijt (?:me|ons)|het spijt|excuses|betreur\\w*|vind het (?:echt |heel )?vervelend",
);

/**
 * Owning it, however it is put. "That's on me", "our mistake", "we let you down", "You're right",
 * "That isn't the deep clean you booked", "there's no good reason for it", "we didn't call".
 */
export const OWNERSHIP = words(
  "(?:that|this|it)(?:'s| is| was) (?:all |entirely )?on (?:us|me)",
  "(?:that|this|it)(?:'s| is| was) (?:all |entirely )?down to (?:us|me)", // "that's down to us"
  "(?:which|that|this)(?:'s| is| was) (?:simply |just )?(?:wrong|not good enough|not acceptable|unacceptable|not right)", // "…when the order was placed, which is wrong"
  "you paid for [^.!?\\n]{1,40}?, not (?:for )?", // "You paid for the light to be sorted, not for the codes to be cleared"
  "(?:are|is|was|were) on (?:us|me)",
  "on (?:us|me) to",
  "(?:our|my) (?:own )?(?:mistake|fault|error|failure|responsibility|doing|miss|oversight)",
  "(?:that|this|the) (?:mistake|error|failure)",
  "(?:ours|mine) to (?:fix|put right|own)",
  "(?:the )?\\w+ was (?:ours|mine)",
  "(?:we|i) own (?:that|this|it|the)",
  "take (?:full )?ownership",
  "take (?:full )?responsibility",
  "(?:fell|falls?) (?:short|below)",
  "(?:isn'?t|is not|wasn'?t|was not|not) (?:the|how|what) (?:[\\w-]+ ){0,3}(?:standard|service|we|you (?:booked|paid|ordered|should|deserve|expect))",
  "did(?:n'?t| not) (?:meet|live up)",
  "should(?:n'?t| not| never) have (?:happened|been|left|gone|taken)",
  "should never have",
  "(?:we|i) should have",
  "(?:we|i) (?:got|had) (?:this|it|that) wrong",
  "(?:we|i) (?:let you down|dropped the ball|messed up|failed (?:you|to))",
  "(?:we|i) (?:didn'?t|did not|never) (?:come|call|show|ring|turn up|check|tell|warn|reply|respond|get back|follow|deliver|send|do)",
  "(?:we|i) (?:did )?miss(?:ed)? (?:both|the|your|our)",
  "you(?:'re| are) (?:quite |absolutely |completely )?right",
  "no (?:good )?(?:reason|excuse) for",
  "(?:had )?no business (?:making|doing|saying)",
  "(?:es|fue) (?:nuestra|mi) (?:culpa|responsabilidad)|(?:nuestro|mi) error|no debi[óo] (?:pasar|ocurrir)|tiene (?:toda la )?raz[óo]n",
  // "es responsabilidad mía", "me corresponde a mí arreglarlo", "nos equivocamos", "lo asumimos".
  "responsabilidad (?:m[íi]a|nuestra)|(?:me|nos) corresponde|nos equivocamos|me equivoqu[ée]|lo asum(?:o|imos)|asum(?:o|imos) (?:plenamente |toda )?(?:la |nuestra )?responsabilidad|no (?:es|fue) el servicio|no (?:est[áa]|estuvo) a la altura|no cumplimos|debimos|nunca debieron",
  "(?:[ée] |foi )?(?:nossa|minha) (?:culpa|responsabilidade)|(?:nosso|meu) erro|tem (?:toda a )?raz[ãa]o",
  // "a responsabilidade é minha", "cabe a mim resolver", "erramos".
  "responsabilidade [ée] (?:minha|nossa)|cabe a (?:mim|n[óo]s)|erramos|eu errei|assum(?:o|imos) (?:total |toda a |a )?responsabilidade|n[ãa]o (?:est[áa]|esteve) [àa] altura|dever[íi]amos ter",
  "(?:c'est|c'[ée]tait) (?:notre|ma) (?:faute|erreur|responsabilit[ée])|vous avez (?:enti[èe]rement )?raison",
  // "j'en prends la responsabilité", "c'est à moi d'y remédier", "nous nous sommes trompés".
  "(?:j'en|nous en) (?:prends|prenons) (?:toute |l'enti[èe]re )?(?:la )?responsabilit[ée]|c'est [àa] (?:moi|nous) d|nous nous sommes tromp[ée]s|je me suis tromp[ée]e?|(?:nous|je) l'assum(?:ons|e)|assum(?:e|ons) (?:l'enti[èe]re |toute la |la )responsabilit[ée]|(?:n'est|n'[ée]tait) pas [àa] la hauteur|n'est pas le service|nous aurions d[ûu]|nous n'avons pas (?:tenu|respect[ée])",
  "(?:unser|mein) (?:fehler|versäumnis)|sie haben recht|hätte nicht passieren",
  // "dafür trage ich die Verantwortung", "es liegt an mir", "uns ist ein Fehler unterlaufen".
  "(?:trage|tragen) (?:ich|wir) (?:die )?(?:volle )?verantwortung|(?:übernehme|übernehmen) (?:dafür |hierfür )?(?:die )?(?:volle |ganze )?verantwortung|es liegt an (?:mir|uns)|(?:uns|mir) ist ein fehler|dafür stehen wir ein|entspricht nicht (?:unserem|dem)|(?:wir hätten|ich hätte|hätten wir|hätte ich) (?:\\S+ ){0,6}(?:müssen|dürfen)|nicht eingehalten",
  "(?:onze|mijn) (?:fout|schuld)|u heeft gelijk|had niet mogen",
  // "dat neem ik op mij", "het is aan mij om dit recht te zetten", "we hebben een fout gemaakt".
  "neem ik op mij|nemen (?:we|wij) op ons|het is aan (?:mij|ons)|(?:we|wij|ik) (?:hebben|heb) een fout gemaakt|(?:neem|nemen) (?:daarvoor |hiervoor )?(?:de )?(?:volle )?verantwoordelijkheid|voldoet niet aan|(?:we|wij) hadden (?:\\S+ ){0,6}moeten|hadden (?:we|wij) (?:\\S+ ){0,6}moeten",
  "(?:nostro|mio) errore|colpa (?:nostra|mia)|ha ragione",
  // "la responsabilità è mia", "tocca a me rimediare", "abbiamo sbagliato".
  "responsabilit[àa] [èe] (?:mia|nostra)|tocca a (?:me|noi)|abbiamo sbagliato|ho sbagliato|(?:ce|me) ne assum(?:iamo|o)|non [èe] all'altezza|avremmo dovuto",
);

/**
 * A fix already in motion, said by whoever is doing it. "I've booked", "is already first on
 * tomorrow's press schedule", "Manny's crew will be at your house this Friday", "ya revisé".
 */
export const FIX = words(
  "(?:i|we)(?:'ve| have)? (?:already |just |now |also )?(?:booked|arranged|ordered|reserved|cancell?ed|raised|re-?issued|taken|put|pulled|spoken|reported|matched|opened|inspected|processed|refunded|credited|sent|scheduled|rescheduled|corrected|fixed|started|replaced|quarantined|cleared|lined up|set up|moved|rebooked|reprinted|printed|passed|escalated|placed|issued|reversed|waived|removed|rung|rang|emailed|called|confirmed|found|blocked|applied|paused|held|asked|instructed|told|posted|couriered|dispatched|shipped|remade|re-made|rebaked)",
  // "We're baking a replacement now", "I'm remaking the order".
  "(?:i|we)(?:'m| am|'re| are) (?:now |already )?(?:baking|making|remaking|re-making|cooking|repainting|resewing|re-sewing|preparing|correcting|booking|sending|fixing|replacing|refunding|reviewing|reprinting|redoing|rebuilding|checking|investigating|going through|arranging|covering|reissuing|re-?issuing)",
  "(?:is|are|has been|have been) (?:already |now )?(?:on (?:its|their|the)|first on|reserved|booked|scheduled|being|on hold|cancell?ed|reissued|re-?issued|corrected|fixed|replaced|refunded|reversed|quarantined|ready|checked|waiting|pulled|printed|dispatched|shipped|on the lift|on order)",
  "(?:will|'ll) be (?:at|with) you",
  "(?:will|'ll) be (?:at|on|in) (?:your|the) (?:house|home|door|site|property|office|venue)",
  "(?:crew|team|technician|engineer|driver|fitter|installer|plumber|electrician|manager|nurse|doctor|dr\\.?|partner|courier|chef|baker|florist) (?:\\w+ )?(?:will|'ll|is going to) (?:be|arrive|come|bring|deliver|drive|fit|install|visit|take|replace|redo|repair|reprint|finish)",
  "(?:under|covered by|covered under) (?:your |the |our )?(?:\\w+ )?warranty",
  "(?:replacement|reprint|return visit|redo|callback|refund review) (?:is|has been|will)",
  "(?:here'?s|this is) what (?:is|i'?ve|we'?ve|is already) (?:already )?(?:happening|done|lined up|under way)",
  // "We have already begun preparing a replacement", "I'll call you this afternoon to go through the fix".
  "(?:we|i) have (?:already )?(?:begun|started) (?:preparing|correcting|reprinting|redoing|rebuilding|replacing|reviewing|work)",
  "(?:i'll|i will|we'll|we will) (?:call|ring|phone|telephone) you (?:[^.!?\\n]{0,40})?to (?:go through|talk through|agree|arrange|sort)",
  "(?:is|are) (?:now )?(?:under review|being reviewed)",
  // A call to agree the fix: "Le llamaré para repasar la solución", "Je vous appellerai pour voir la solution", "Ich rufe Sie an, um…".
  "(?:le|la|lo) llamar[ée] (?:[^.!?\\n]{0,30} )?para (?:repasar|ver|hablar|acordar)|je vous (?:appellerai|rappellerai) (?:[^.!?\\n]{0,30} )?pour (?:voir|discuter|convenir)|ich rufe sie (?:[^.!?\\n]{0,30} )?an, um",
  "(?:ya|hemos|he) (?:\\w+ )?(?:reservado|revisado|enviado|programado|cancelado|pedido|corregido)|le reservamos|ya revis[ée]",
  // "Ya lo estamos corrigiendo", "Vamos a rehacer el trabajo", "Su solicitud ya está en revisión".
  "(?:ya )?(?:lo |la |los |las )?(?:estamos|estoy) [a-zñ]+(?:ando|iendo)|(?:hemos|he) (?:comenzado|empezado) a [a-z]+|vamos a (?:rehacer|reparar|sustituir|reemplazar|enviar|devolver|corregir|repetir)|en revisi[óo]n|(?:he|hemos) pasado su solicitud",
  "(?:j'ai|nous avons) (?:d[ée]j[àa] )?(?:r[ée]serv[ée]|command[ée]|envoy[ée]|demand[ée]|annul[ée]|corrig[ée]|planifi[ée])",
  // "Nous préparons déjà un remplacement", "Nous allons reprendre le travail", "J'ai transmis votre demande".
  "nous (?:pr[ée]parons|corrigeons|rempla[çc]ons|refaisons)|(?:nous sommes|je suis) en train de|nous allons (?:reprendre|refaire|remplacer|rembourser|renvoyer|corriger|r[ée]parer)|en cours d'examen|j'ai transmis",
  "(?:ich habe|wir haben) (?:heute |bereits |schon )?(?:\\S+ ){0,10}(?:reserviert|bestellt|storniert|veranlasst|korrigiert|gebucht|erstattet)",
  // "Wir bereiten bereits einen Ersatz vor", "Ihr Erstattungswunsch wird bereits geprüft".
  "wir (?:bereiten|korrigieren|bessern|ersetzen|schicken|erstatten|reparieren|tauschen)|wird (?:bereits |gerade )?(?:geprüft|bearbeitet|korrigiert|ersetzt)|zur prüfung weitergegeben",
  "(?:is|zijn) (?:\\S+ ){0,3}(?:al )?(?:gedrukt|besteld|geboekt|gecorrigeerd|verstuurd)|ik breng",
  "(?:ho|abbiamo) (?:gi[àa] )?(?:prenotato|ordinato|inviato|corretto|annullato)",
  // "Stiamo già preparando una sostituzione", "La chiamerò per concordare la soluzione", "Rifaremo il lavoro".
  "stiamo (?:gi[àa] )?[a-z]+(?:ando|endo)|(?:abbiamo|ho) (?:gi[àa] )?(?:avviato|iniziato|preparato|fissato|inoltrato)|in fase di verifica|rifar(?:emo|[òo])|la (?:chiamer|richiamer)[òo] (?:[^.!?\\n]{0,30} )?per (?:concordare|vedere|parlare)",
  "(?:j[áa] )?(?:reservei|enviei|marquei|agendei|corrigi|cancelei)|(?:j[áa] )?(?:reservamos|enviamos|marcamos|agendamos)",
  // "Já estamos preparando uma substituição", "Vou ligar para você para combinarmos a solução", "Já encaminhei o seu pedido".
  "(?:j[áa] )?(?:estamos|estou) [a-zç]+(?:ando|endo|indo)|vamos (?:refazer|trocar|substituir|reembolsar|enviar|corrigir|consertar)|em an[áa]lise|encaminh(?:ei|amos)|vou ligar para (?:voc[êe]|o senhor|a senhora) (?:[^.!?\\n]{0,30} )?para (?:combin[a-z]*|ver|acert[a-z]*)",
  // "We zijn al bezig met een vervanging", "Ik bel u om de oplossing door te nemen", "We doen het werk opnieuw".
  "(?:we|wij|ik) (?:zijn|ben) (?:al |nu )?bezig|(?:we|wij) (?:vervangen|herstellen|corrigeren|sturen)|wordt (?:al |nu )?(?:beoordeeld|bekeken|gecorrigeerd|vervangen)|doorgestuurd|(?:we|wij) doen (?:\\S+ ){0,3}opnieuw|ik bel u (?:[^.!?\\n]{0,30} )?om",
);

/**
 * Someone named, or a role, doing the fix: "Rosa will drive your bouquets", "Alicia, our bilingual
 * service manager, will visit your mother". Case matters here (a capital starts a name).
 */
export const NAMED_FIX =
  /(?:\b[A-Z][a-z]+|\b(?:crew|team|technician|engineer|driver|installer|manager))(?:,[^,.\n]{1,60},)? (?:will|'ll|is going to) (?:be at|be there|be with|arrive|come|bring|deliver|drive|fit|install|visit|take|replace|redo|repair|reprint|finish|rehang|fix)\b/;

/** Someone will get back to the customer ("I'll ring you", "you'll hear from me", "te llamaré"). */
export const UPDATE_PROMISE = words(
  "(?:i|we|he|she|they|[a-z]+)(?:'ll| will| is going to| are going to|'d like to| would like to) (?:[^.!?\\n]{0,60}?[^a-z])?(?:call|ring|phone|telephone|email|e-mail|text|write|send|update|confirm|let you know|get back|be in touch|come back to you|contact|answer|drop you a (?:line|note|message|email))",
  "you(?:'ll| will) (?:hear|have|get|receive)",
  "(?:next|further) update",
  "follow(?:ing)? up",
  "(?:i'll|i will|we'll|we will) check in with you", // "Otherwise I'll check in with you on Monday"
  // "Le daré noticias antes del viernes", "Ana le enviará la próxima actualización".
  "(?:llamar[ée]|la llamar[ée]|le llamar[ée]|lo llamar[ée]|te llamo|le escribir[ée]|le confirmar[ée])",
  "(?:le|te|les) (?:dar[ée]|dar[áa]|enviar[ée]|enviar[áa]|escribir[áa]|llamar[áa]|confirmar[áa]|informar[ée]|informar[áa]|avisar[ée]|avisar[áa])",
  // "Vou dar notícias até sexta", "Ana enviará a próxima atualização".
  "(?:ligarei|te ligo|lhe ligo|escreverei)",
  "(?:vou|vai|vamos) (?:dar not[íi]cias|enviar|escrever|ligar|retornar|confirmar|avisar)|(?:enviar|escrever|ligar|retornar)(?:ei|[áa])",
  // "Je vous donnerai des nouvelles d'ici vendredi", "Ana vous enverra le prochain point".
  "(?:je vous (?:appelle|rappelle|appellerai|rappellerai|[ée]cris|[ée]crirai|confirme|confirmerai|tiendrai))",
  "vous (?:donnera|donnerai|enverra|enverrai|[ée]crira|appellera|rappellera|tiendra|confirmera)",
  // "Ich gebe Ihnen bis Freitag den nächsten Stand", "Ana meldet sich bis Freitag bei Ihnen".
  "ich (?:rufe sie|melde mich|schreibe ihnen|bestätige)",
  "(?:gebe|gibt|schreibt) ihnen|meldet sich|ruft sie",
  // "Ik laat u uiterlijk vrijdag weten", "Ana stuurt u de volgende update".
  "ik (?:bel|stuur|mail|laat u)|stuur ik u|bel ik u",
  "(?:laat|stuurt|schrijft|belt|schrijf) u",
  // "Le darò notizie entro venerdì", "Ana Le invierà un aggiornamento".
  "(?:vi|la|le|ti) (?:chiamer[òo]|richiamer[òo]|scriver[òo])",
  "(?:vi|la|le|ti) (?:dar[òoàa]|invier[òoàa]|scriver[àa]|chiamer[àa]|far[òoàa] sapere|confermer[òoàa])",
);

/** A day or a clock time, in any of our languages. */
export const TIME_WORDS = words(
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|this (?:morning|afternoon|evening)",
  "january|february|march|april|may|june|july|august|september|october|november|december",
  "\\d{1,2}(?::\\d\\d)?\\s?(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}[:.h]\\d\\d|noon|midday|end of (?:the )?day|close of business",
  "lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|hoy|mañana|segunda|terça|quarta|quinta|sexta|hoje|amanhã",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|demain",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|\\d{1,2} uhr",
  "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|\\d{1,2} uur",
  "luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|oggi|domani",
  "\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}/\\d{1,2}",
);

/** Words that promise something vague instead of a time. "soon", "early next week", "asap". */
export const VAGUE_TIMING = words(
  "soon|shortly|asap|as soon as possible|in due course",
  "as soon as (?:we|i) (?:can|have|hear|know|are able)",
  "once (?:we|i) (?:have|hear|know) more",
  "when (?:we|i) (?:can|have (?:more|an update))",
  "at (?:the|our) earliest(?: convenience)?",
  "in the (?:coming|next few) days|in a few days|at some point|sometime (?:next|this) week",
  "(?:early|later) (?:next|this) week",
  "pronto|en breve|lo antes posible|en cuanto podamos|bient[ôo]t|d[èe]s que possible|bald(?:m[öo]glichst)?|so schnell wie m[öo]glich|binnenkort|zo snel mogelijk|presto|al pi[ùu] presto|em breve|assim que poss[íi]vel",
);
