import { statementFrom } from "../../../src/core/analysis/statement";

// Spanish, French, German, Portuguese, Italian and Dutch statements are said back after a colon ("Siento mucho lo ocurrido:
// …"), so each must be a clean clause about a thing or nobody, with the customer's possessives
// turned to theirs and no "I", "we" or "you" left to turn round wrongly.
describe("statementFrom in Spanish, French, German, Portuguese, Italian and Dutch", () => {
  test.each([
    ["es", "Desde esa misma noche el inodoro sigue corriendo sin parar", "el inodoro sigue corriendo sin parar"],
    ["es", "El cuarto de los niños huele a humedad y encontré manchas oscuras", "el cuarto de los niños huele a humedad"],
    ["es", "mi factura tiene un cargo que no reconozco; la lavadora sigue rota", "la lavadora sigue rota"],
    ["es", "mi lavadora y mi secadora siguen sin funcionar", "su lavadora y su secadora siguen sin funcionar"],
    ["fr", "mon canapé et mes coussins sont arrivés tachés", "votre canapé et vos coussins sont arrivés tachés"],
    ["es", "la tarta llegó aplastada y sin las velas; mi fiesta era a las cinco", "la tarta llegó aplastada"],
    ["es", "El pedido 5582 llegó incompleto: faltan dos cajas de vasos", "el pedido 5582 llegó incompleto"],
    ["fr", "En revanche, je constate sur mon relevé que l'acompte a été prélevé deux fois sur ma carte", "l'acompte a été prélevé deux fois sur votre carte"],
    ["fr", "le canapé est arrivé avec un pied cassé", "le canapé est arrivé avec un pied cassé"],
    [
      "de",
      "Die zusätzlichen Positionen wurden ohne jede Rücksprache mit mir ausgeführt",
      "Die zusätzlichen Positionen wurden ohne jede Rücksprache mit Ihnen ausgeführt",
    ],
    // Lower-case "sie" is she or they, not the customer speaking to us.
    ["de", "die Torte war beschädigt, als sie ankam", "Die Torte war beschädigt, als sie ankam"],
    ["de", "die Lieferung kam zwei Tage zu spät und meine Gäste warteten", "Die Lieferung kam zwei Tage zu spät und Ihre Gäste warteten"],
    // The repeat is said separately, in each language.
    ["es", "Es la tercera vez este mes que el camión no aparece", "el camión no aparece"],
    ["fr", "C'est la deuxième fois que le colis arrive abîmé", "le colis arrive abîmé"],
    ["pt", "Essa é a terceira vez em um mês que a equipe não aparece e ninguém me avisa", "a equipe não aparece"],
    ["pt", "o meu sofá chegou manchado", "o seu sofá chegou manchado"],
    ["pt", "A encomenda 4471 chegou sem as cadeiras", "a encomenda 4471 chegou sem as cadeiras"],
    ["it", "il divano è arrivato ieri ed è graffiato su tutto il lato sinistro", "il divano è arrivato ieri ed è graffiato su tutto il lato sinistro"],
    ["it", "È la seconda volta che il mio ordine arriva in ritardo", "il Suo ordine arriva in ritardo"],
    ["nl", "de bank is vanochtend geleverd maar de armleuning is beschadigd en er zit een scheur in de stof", "de armleuning is beschadigd"],
    ["nl", "mijn pakket is nooit aangekomen", "uw pakket is nooit aangekomen"],
    ["nl", "twee lades zijn kapot en de deur van de vaatwasser sluit niet", "twee lades zijn kapot en de deur van de vaatwasser sluit niet"],
    ["de", "zwei Stühle sind beschädigt angekommen", "Zwei Stühle sind beschädigt angekommen"],
    // Every "and" is tried when the edges find no clause: "y el ruido…" after the customer's "I".
    ["es", "recogí el coche del taller el viernes y el ruido sigue igual que antes", "el ruido sigue igual que antes"],
    ["pt", "a mesa de jantar chegou riscada na mudança de sábado", "a mesa de jantar chegou riscada na mudança de sábado"],
    ["es", "la encimera tiene una raya larga justo delante del fregadero", "la encimera tiene una raya larga justo delante del fregadero"],
    ["es", "Desde entonces la lavadora pierde agua por debajo en cada lavado", "la lavadora pierde agua por debajo en cada lavado"],
    ["fr", "le lave-vaisselle que vous avez installé fuit par le bas et le parquet de la cuisine a gonflé", "le parquet de la cuisine a gonflé"],
    // "personne n'est venu" is whole in three words, after a clause about the customer.
    ["de", "ich habe zweimal angerufen und niemand hat geantwortet", "Niemand hat geantwortet"],
    ["fr", "Personne n'est venu et personne ne nous a prévenus", "personne n'est venu"],
    ["es", "los azulejos ya están rotos en tres sitios y la junta se está saliendo", "los azulejos ya están rotos en tres sitios y la junta se está saliendo"],
  ])("%s: %s → %s", (language, summary, statement) => {
    expect(statementFrom(summary, 0.9, language)).toBe(statement);
  });

  test.each([
    ["es", "the customer as I", "encontré manchas oscuras en la alfombra"],
    ["es", "a demand", "el técnico tiene que volver antes del viernes"],
    ["es", "hearsay", "el técnico dijo que la pieza no llegó"],
    ["es", "an ambiguous 'su'", "su técnico no explicó nada"],
    ["es", "a name in capitals", "Ese árbol NO estaba en el trabajo"],
    ["fr", "the customer as we", "nous avons attendu deux heures sans nouvelles"],
    ["fr", "a quotation", "la porte était barrée avec une affiche « Fermé »"],
    ["fr", "the customer speaking to us", "votre technicien n'est jamais venu"],
    ["de", "the customer as I", "ich habe zweimal vergeblich angerufen"],
    ["de", "the customer speaking to us", "die Rechnung von Ihnen ist falsch berechnet worden"],
    ["de", "a question", "die Rechnung ist falsch, warum"],
    ["es", "good news", "nada está roto en la cocina"],
    ["fr", "no failure", "le technicien est venu mardi matin"],
    ["pt", "the customer as I", "eu saí mais cedo do trabalho e fiquei esperando"],
    ["pt", "a demand", "a casa precisa ser limpa antes de sábado"],
    ["pt", "no failure", "a equipe chegou às nove"],
    ["it", "the customer as I", "ho aspettato tutto il giorno senza notizie"],
    ["it", "a demand", "il tecnico deve tornare entro venerdì"],
    ["it", "a pronoun on the verb", "il cameriere non ha voluto toglierle"],
    ["fr", "why someone came", "le plombier est venu mardi pour la fuite dans la salle de bain"],
    ["es", "a pronoun on the verb", "el técnico se fue sin explicarle nada"],
    ["nl", "the customer as we", "we hebben twee uur gewacht en niemand kwam"],
    ["nl", "hearsay", "de chauffeur zei dat het pakket niet paste"],
  ])("%s: not %s", (language, _why, summary) => {
    expect(statementFrom(summary, 0.9, language)).toBeUndefined();
  });

  test("looks in the best sentences whole when the summary says nothing it can turn round", () => {
    expect(statementFrom("eu saí mais cedo do trabalho", 0.7, "pt", ["a equipe não apareceu de manhã"])).toBe("a equipe não apareceu de manhã");
    expect(statementFrom("encontré manchas en la alfombra", 0.7, "es", ["la lavadora sigue rota desde el lunes"])).toBe(
      "la lavadora sigue rota desde el lunes",
    );
  });

  test("says nothing when the reader is unsure, or in a language we don't write", () => {
    expect(statementFrom("el inodoro sigue corriendo sin parar", 0.2, "es")).toBeUndefined();
    expect(statementFrom("la consegna è arrivata in ritardo e le pizze erano fredde", 0.9, "sv")).toBeUndefined();
  });
});
