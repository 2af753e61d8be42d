// Phrases that say what kind of failure a customer describes and what they ask for, in the
// languages our customers write (en, es, pt, fr, de, it, nl). Each group is one alternation
// anchored on word edges, so matching stays linear. They are features for the learned models
// (./model.ts) and the fallback when a model has nothing to go on.

import { plain, wordsPattern } from "../text/wordEdges";

// No lookbehind: older Safari (Outlook for Mac) can't compile it, and one bad pattern would stop the pane.
// Lower-case patterns without the i flag, matched against lower-cased text (countMatches does
// that): case-insensitive alternations this long cost V8 about twice as long to compile.
const group = (words: string) => wordsPattern(words, "g");

/** What went wrong, grouped by the corpus's failure types. Names are feature names. */
export const FAILURE_CUES: Record<string, RegExp> = {
  // Late, missed, no-show, slow.
  "t:late": group(
    "dopo l[’']orario|(?:mezz[’']?ora|un[’']ora|ore) (?:e mezza )?(?:dopo|di ritardo)|late|waited|waiting(?! room| list| area)|wait(?:ed)? (?:all|for|around|in)|arrived at \\d|turned up at \\d|(?:hours?|minutes?|days?|weeks?|months?) (?:late|after|behind|of waiting)|still (?:unfulfilled|pending|outstanding)|not (?:paid|sent|submitted|filed|processed|returned) (?:on time|until|yet)|missed (?:both )?(?:targets?|deadline)|ready (?:by|on) (?:friday|monday|tuesday|wednesday|thursday)|esperando|espera|esperar|llegaron a las|aguardando|esperei|attendu|attente|gewartet|warten|wartezeit|aspettato|attesa|gewacht|wachten|later than|delay(?:ed|s)?|overdue|behind schedule|running behind|hours? late|minutes late|days late|weeks late|not (?:ready|done|finished|delivered|dispatched|arrived|started) (?:yet|on time)|still (?:not|no|hasn'?t|haven'?t|isn'?t|waiting)|took (?:weeks|days|hours|months|forever)|weeks? (?:later|since|ago)|months? (?:later|since)|tarde|retraso|atrasad[oa]s?|atraso|en retard|retard|verspätet|verspätung|zu spät|in ritardo|ritardo|te laat|vertraging",
  ),
  "t:noshow": group(
    "(?:nobody|no one) has been (?:here|out|back|round|over)|(?:hasn'?t|has not|haven'?t|have not|never) (?:begun|started|broken ground)|no[- ]show|no one (?:came|showed|turned up)|nobody (?:came|showed|turned up)|never (?:showed|turned up|arrived|came|happened|started|sent|delivered|made it)|didn'?t (?:show|turn up|arrive|come|happen)|did not (?:show|turn up|arrive|come|happen)|not turned up|stood (?:me|us) up|missed (?:the|our|my|a|two|three|four) (?:appointment|slot|window|visit|visits|delivery|session|sessions|deadline|weeks?)|hasn'?t (?:arrived|come|been|started|turned up|shown up)|has not (?:arrived|come|been|started|turned up|shown up)|never received|no vino nadie|no vino|no llegó|no apareci[óo]|nadie vino|não apareceu|não veio|ninguém veio|pas venu|personne n'est venu|jamais (?:arrivée?|venue?|revenue?|passée?)|n'est jamais (?:venue?|revenue?|arrivée?|passée?)|no ha vuelto|nunca (?:vino|volvió|voltou|veio)|nie (?:wieder )?gekommen|mai (?:tornat[oa]|arrivat[oa]|venut[oa])|nooit (?:terug)?gekomen|nicht gekommen|niemand kam|nie gekommen|non (?:è|e) arrivat[oa]|non si è presentato|niet gekomen|niemand kwam",
  ),
  // It happened before: a repeat, of whatever kind.
  "r:repeat": group(
    "again|(?:second|third|fourth|fifth) (?:time|week|trip|visit|cancellation|request|email)|(?:twice|three times|four times) (?:now|already|this)|once again|de nuevo|otra vez|de novo|outra vez|encore|à nouveau|wieder|erneut|di nuovo|ancora una volta|opnieuw|weer",
  ),
  "t:resched": group(
    "moved (?:our|my|your|the) [a-z]+ (?:to|back)|cancel+ed|cancellation|short notice|rescheduled|moved (?:it|us|the delivery) to|kurzfristig|moved (?:the|our|my) (?:date|appointment|delivery|slot)|abgesagt|cancelad[oa]|annulé|annullat[oa]|afgezegd",
  ),
  // The thing or the work itself was poor, broken or harmful.
  "q:broken": group(
    "flat (?:tyres?|tires?)|punctured?|(?:reversed|backed|crashed) into|(?:cut|trenched|drilled|dug) (?:right )?(?:through|into)|broken(?! ground| promises?)|broke(?! out| (?:a|the|their|his|her|its|your|my) promise)|damaged|damage|cracked|scratched|scratch|gouge[sd]?|dented|torn|ripped|shrunk|shrank|split(?! (?:the )?(?:payment|bill|cost|difference)s?| it (?:across|between|into))|snapped|smashed|bent|chipped|ruined|destroyed|collapsed|roto|rota|dañad[oa]s?|estropead[oa]s?|quebrad[oa]s?|danificad[oa]s?|cassée?s?|abîmée?s?|kaputt|beschädigt|zerbrochen|rott[oa]|danneggiat[oa]|kapot|beschadigd",
  ),
  "q:faulty": group(
    "pulling away|popped out|sagg(?:ing|ed|s)|coming loose|came loose|fell off|falling off|falling apart|fell apart|not working|doesn'?t work|does not work|stopped working|isn'?t working|wasn'?t working|failed|fails|faulty|defective|leak(?:s|ed|ing)?|dripp?(?:ing|ed)|flood(?:ed|ing)?|still (?:leaks|leaking|broken|dripping|running|wet|there|blowing)|came back|is back|are back|back again|keeps? (?:happening|breaking|leaking)|playing up|fuite|fuit|pas réparée?|toujours (?:cassée?|en panne)|en panne|no (?:está|fue) reparad[oa]|sigue (?:roto|rota|sin)|nicht repariert|immer noch (?:kaputt|undicht)|non (?:è stat[oa] )?riparat[oa]|perde|não foi consertad[oa]|continua (?:vazando|quebrad[oa])|niet gerepareerd|lekt nog|no funciona|sigue (?:corriendo|goteando)|não funciona|ne fonctionne pas|marche pas|funktioniert nicht|undicht|non funziona|werkt niet",
  ),
  "q:poor": group(
    "left behind|drooping|droopy|wilting|dying|past (?:it|their best)|brown (?:leaves|petals|edges|eucalyptus)|poor|sloppy|shoddy|careless|dirty|filthy|stain(?:s|ed)?|smudged|uneven|crooked|patchy|streaky|cold|stale|burnt|undercooked|raw (?:in the middle|inside|in the cent(?:re|er))|inedible|wilted|dead|mou?ld(?:y)?|damp|wet|smell(?:s|ed)?|bugs?|bites|rash|sick|ill|unsafe|not (?:clean|cleaned|touched|finished|done properly)|left (?:a mess|debris|glass|nails)|mal hecho|sucio|manchas?|mojad[oa]s?|humedad|sujo|manchad[oa]|mal feito|sale|tachée?|froid|punaises|schmutzig|kalt|mangelhaft|schimmel|sporco|fredd[oa]|cimici|vies|schimmel",
  ),
  // Someone was hurt or made ill.
  "q:harm": group(
    "injur(?:y|ed|ies)|bump on|graze[sd]?|bruis(?:e|ed|es)|stitches|bleeding|burn(?:ed|t)? (?:on|her|his|my)|thermal burn|hospital|urgent care|emergency room|a&e|ambulance|allergic reaction|reacted|epipen|food poisoning|violently ill|vomit\\w*|rash|fainted|passed out|dizzy|dizziness|(?:cut|gash) (?:on|above|over) (?:his|her|my|their) (?:head|forehead|face|eye|lip|chin|hand|finger|arm|leg|knee)|(?:cut|gashed|banged|hit) (?:his|her|my|their) (?:head|forehead|face|lip|chin)|herid[oa]|lesión|blessée?|verletzt|ferit[oa]|gewond",
  ),
  // Not told, not called back, rude, wrong information.
  "c:noreply": group(
    "waiting for (?:a |any )?(?:reply|response|answer|call ?back)|still waiting to hear|non ha risposto nessuno|nessuno (?:ha )?rispost[oa]|nobody (?:said|could tell|would tell|knew|mentioned)|no one (?:said|could tell|knew|mentioned)|didn'?t know anything|no (?:accident|incident) (?:form|report)|no one (?:called|calls|replied|replies|responded|got back|gets back|answers|answered|told|warned|informed|rang)|nobody (?:called|calls|replied|replies|responded|got back|gets back|answers|answered|told|warned|informed|rang|has (?:replied|responded|called|phoned|been in touch))|never (?:replied|responded|called(?: me)? back|got back|heard back)|no (?:response|reply|answer|update|call(?: ?back)?|word|notice|warning)|(?:didn'?t|did not|haven'?t|have not|hasn'?t) (?:hear|heard|call|reply|respond|answer|warn|tell|inform|let (?:me|us) know|get back)|heard nothing|not heard|went to voicemail|goes to voicemail|voicemail|unanswered|ignored|without (?:warning|notice|telling)|kept (?:me|us) in the dark|nadie (?:me|nos) (?:llama|avisó|respond)|sin respuesta|ninguém (?:me|nos) avis|sem resposta|personne ne (?:nous|m)'?a|aucun(?:e)? (?:réponse|retour|appel)|pas prévenu|niemand hat|keine (?:antwort|rückmeldung)|ohne (?:jede )?rücksprache|nessuno (?:ci|mi) ha|nessuna risposta|niemand heeft|geen (?:reactie|antwoord)",
  ),
  "c:rude": group(
    "rude|dismissive|hung up|put the phone down|shouted|condescending|humiliat\\w*|told (?:me|us|her|him) to|grosero|mala manera|grosseir[oa]|impoli|unhöflich|scortese|onbeleefd",
  ),
  "c:misinfo": group(
    "(?:nicht|nie|weder)[^.]{0,40}erwähnt|sie haben uns (?:damals )?gesagt|told (?:me|us) (?:[a-z]+ ){0,4}(?:that|it was|it had|they had)|you (?:said|promised|told (?:me|us))|not told|weren'?t told|wasn'?t told|nobody mentioned|never (?:mentioned|offered|told)|no one (?:mentioned|told)|refused|said (?:that )?(?:it was|they|we|online)|blamed|'?sweetheart'?|nie (?:angeboten|erwähnt)|niemand hat|ohne (?:zu )?(?:informieren|fragen)|sin avisar|sem avisar|sans prévenir|senza avvisare|zonder te melden|was told|were told|told (?:me|us) (?:it|that|the)|assured|promised|quoted|not what (?:i|we) was quoted|misled|wrong information|said (?:it|that) would|price (?:change|increase|hike)|no notice|me dijeron|disseram|on m'a dit|man sagte|mi hanno detto|werd gezegd",
  ),
  // The wrong thing was done.
  "e:wrong": group(
    "instead(?=[.,;!])|surbooking|réattribu[a-zé]+|wrong|errad[oa]s?|is not (?:her|his|my|our|their) name|(?:her|his|my) name is|misspelt|misspelled|spelled|supposed to (?:be|have)|should (?:have been|be|read|say)|n'était pas|pas nécessaire|not (?:needed|necessary|required)|swapped|mislabel+ed|not labelled|labelled as|the other (?:customer|client|account)|sent to (?:the wrong|another|someone)|gave (?:him|her|them) (?:a|the) key|another (?:client|customer|building|address)|cut down|vanished|not on the list|double-?booked|transposed|incorrect|mistake|by mistake|in error|mix-?up|mixed up|misspel+(?:ed|t)|instead of|rather than|not what (?:i|we) (?:ordered|asked for|booked)|someone else'?s|another (?:client|customer)'?s?|equivocad[oa]s?|incorrect[oa]|erróne[oa]|por error|en (?:vez|lugar) de|errad[oa]|em vez de|erreur|au lieu de|mauvais(?:e)?|falsch|statt|anstatt|fehler|sbagliat[oa]|invece di|verkeerd|in plaats van|fout",
  ),
  "e:billing": group(
    "charged (?:me |us |her |him )?(?:twice|again|double|for)|double[- ]?charged|duplicate|taken twice|billed (?:twice|for|me for|us for|incorrectly)|overcharged|charged the full|charged for|paying twice|second charge|two charges|cobrad[oa] dos veces|cobrad[oa] duas vezes|prélevé deux fois|zweimal abgebucht|doppelt|addebitat[oa] due volte|dubbel",
  ),
  "e:ignored": group(
    "(?:missed|ignored|overlooked|didn'?t read|did not read|didn'?t follow|did not follow) (?:the|our|my|a|his|her) (?:[\\w-]+ )?(?:note|notes|instructions?|request|allergy|allergies|dietary \\w+|booking notes?|special requests?)|(?:allergy|dietary|special) (?:note|request|requirement)s? (?:was|were) (?:ignored|missed)|on the booking",
  ),
  "e:missing": group(
    "missing|left out|forgot(?:ten)?|omitted|not included|only (?:two|three|four|\\d+) of|faltan?|faltava|manquants?|il manquait|fehlt|fehlen|mancan[oa]|ontbreekt",
  ),
  "e:unasked": group(
    "never asked for|didn'?t ask for|did not ask for|without (?:asking|my permission|consent)|not (?:in|on) the (?:job|order|estimate|contract)|unauthori[sz]ed|sin permiso|sans (?:mon )?accord|ohne (?:zu fragen|auftrag)",
  ),
};

/** What the customer asks for, by the corpus's remedies. */
export const REMEDY_CUES: Record<string, RegExp> = {
  refund: group(
    "refund(?:ed|s)?|every penny|(?:money|it|them|that|payments?|charges?) back(?! to \\d)|back (?:to|on) my card|in my account|pay (?:it(?! -| before| now| today| on| by)|the penalty|the fees?|the costs?)|cover (?:the|my|our) (?:fees?|costs?|overdraft|losses|bills?)|meet (?:all )?(?:the )?(?:additional )?costs|money back|reimburs(?:e|ed|ement)|pay (?:me|us) back|repay|charge ?back|dispute (?:the|this) (?:charge|payment)|reverse (?:the|this) (?:charge|payment)|cover the (?:cost|bill|repair|damage|plumber|vet|body shop)|pay for the (?:[a-z-]+ )?(?:repairs?|damage|bill|costs?)|bills? (?:paid|covered|reimbursed)|reembols\\w*|devolución|devolver el dinero|reembolso|estorno|rembours\\w*|rückerstattung|erstattung|erstatten|geld zurück|rimbors\\w*|terugbetal\\w*|geld terug",
  ),
  replacement: group(
    "replace(?:ment|d)?|repongan|reponer|order the (?:correct|right)|(?:correct|right) (?:assembly|part|item|edition|size|colou?r)|fresh (?:arrangement|one|bouquet|batch)|remaining (?:\\d+ )?(?:copies|items|bottles|pieces)|(?:send|deliver) (?:me |us )?the (?:rest|remaining)|auszutauschen|austauschen|vervangen|send (?:me |us )?(?:a |an |another |the )?(?:new|right|correct|proper|replacement|another|remaining)|exchange (?:it|them)|swap (?:it|them)|new one|the (?:right|correct) (?:one|part|item|edition|bottles?)|reemplaz\\w*|cambiar|substitu\\w*|troca|remplac\\w*|échange|ersatz|austausch\\w*|umtausch|sostituzion\\w*|vervang\\w*",
  ),
  redo: group(
    "redo|corrected (?!invoice|bill|statement|balance)[a-z]+|re-?issue[ds]? (?!the invoice|an invoice|the bill)|voltem|de novo|vengan|venga|volver|come (?:out|here|round|over)|someone (?:here|out|back)|send (?:someone|a technician|somebody)|nieuw (?:lint|exemplaar)|opnieuw|(?:a )?working (?:export|version|fix)|prepare the (?:response|return)|amended return|neu (?:machen|drucken)|retouch|alter(?:ed|ation)? (?:again|properly)|re-do|come back|send (?:someone|a crew|the crew|a technician) (?:back|out)|fix (?:it|them|this|that|the)|finish the (?:job|work)|return visit|re-?clean|re-?install|re-?treat\\w*|reprint\\w*|re-?paint|make it (?:safe|right)|correct (?:it|this|that|the)|put (?:it|this) right|do it (?:again|properly)|repair (?:it|them|the)|rehacer|volver a|refazer|refaire|repasser|nachbesser\\w*|reparieren|rifare|opnieuw",
  ),
  callback: group(
    "llamen|me llame|call (?:me|us) (?:today|tonight|back|on|at)|ring (?:me|us)|contact me by phone|pharmacist (?:in charge )?to (?:ring|call)|manager to (?:ring|call|phone)|call me|phone me|ring me|give me a (?:call|ring)|call (?:me )?back|callback|telephone me|speak (?:to|with) (?:a|the) (?:manager|owner|someone)|talk to (?:a|the) (?:manager|owner|someone)|a (?:phone )?call from|llám\\w*|llamar\\w*|ligue|ligar|appelez|rappel\\w*|rufen sie|rückruf|zurückrufen|chiamat\\w*|bel me|terugbel\\w*",
  ),
  discount: group(
    "discount|quiten|(?:take|knock) (?:the )?(?:second |extra )?\\$?[\\d£€]+\\S* off|off the (?:bill|invoice|final invoice|balance|statement)|corrected invoice|korrigierte rechnung|ohne die|at no (?:extra )?charge|free of charge|credited|credit (?:back|note)|balance (?:taken|written) off|credit(?:ed)?|compensat\\w*|(?:a|some) (?:\\w+ )?voucher|money off|% off|percent off|partial refund|take (?:it|the \\w+(?: \\w+)?) off|knock \\w+ off|waive\\w*|adjust (?:the|my|our) (?:bill|invoice|balance)|write (?:it|the balance) off|reduc(?:e|tion)|descuento|rebaja|desconto|réduction|geste commercial|rabatt|gutschrift|sconto|korting",
  ),
  explanation: group(
    "explain|tell me (?:whether|if|why|how|what|when)|need to understand|want to understand|let me know (?:why|how|what happened|when)|explanation|why (?:did|was|were|is|has|would|this)|what happened|how (?:this|it) happened|how did this|want to know|need to know|tell me (?:why|how|what)|in writing|root cause|investigat\\w*|explica\\w*|por qué|porque|explique|pourquoi|erklär\\w*|warum|spiegazion\\w*|perché|uitleg|waarom",
  ),
};

/** Sentences that ask for something: where the remedy lives. */
export const REQUEST = plain(
  /(?:^|[^\p{L}])(i want|i'd like|i would like|i expect|i need|we need|we want|we expect|we'd like|we would like|please|could you|can you|can someone|would you|i am asking|i'm asking|i ask|we ask|i require|we require|i would appreciate|i'd appreciate|i'd be grateful|i would be grateful|i am requesting|i request|we request|i insist|i'll want|make sure|quiero|queremos|necesito|necesitamos|exijo|pido|por favor|solicito|le ruego|quero|queremos|gostaria|peço|preciso|je veux|je souhaite|nous souhaitons|merci de|je demande|pourriez-vous|je vous prie|j'attends|ich möchte|wir möchten|ich erwarte|ich bitte|bitte|ich fordere|vorrei|chiedo|per favore|vi prego|ik wil|graag|verzoek|ik verwacht)(?![\p{L}])/iu,
);

// Callers run every group over the same text in turn, so the last lower-cased text is kept.
let lastText = "";
let lastLower = "";
// What could have happened did not: "she could very easily have fallen and broken a hip" names no
// failure. Blanked to spaces of the same length, so positions still line up with the text.
const HYPOTHETICAL = /\b(?:could|might|would)(?: \w+){0,2} have(?: \w+){1,3}/g;
// Our word in the customer's quotation marks is our claim, which they dispute: "£300 from my
// deposit for "damage"" names no damage. One or two words only, after "for", "as" or "called".
const SCARE_QUOTED = /(?<=\b(?:for|as|called|calling it|labelled|marked) )["“'‘][a-z]+(?: [a-z]+)?["”'’]/g;
const lower = (text: string) => {
  if (text !== lastText) {
    lastText = text;
    lastLower = text
      .toLowerCase()
      .replace(HYPOTHETICAL, (m) => " ".repeat(m.length))
      .replace(SCARE_QUOTED, (m) => " ".repeat(m.length));
  }
  return lastLower;
};

/** How often a cue group (lower-case, g flag) matches `text`, and where first. */
export function countMatches(re: RegExp, input: string): { count: number; first: number } {
  const text = lower(input);
  re.lastIndex = 0;
  let count = 0;
  let first = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (count === 0) first = m.index;
    count++;
    if (m[0] === "") re.lastIndex++;
  }
  return { count, first };
}

/** Where each failure cue group first appears in `text` (groups that don't appear are left out). */
export function cueFirstPositions(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, re] of Object.entries(FAILURE_CUES)) {
    const at = countMatches(re, text).first;
    if (at !== Infinity) out.set(name, at);
  }
  return out;
}
