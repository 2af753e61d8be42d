// Caution banners that mail gateways stamp on mail from outside the organisation. They are never
// the customer's words, wherever they sit. One pattern a line, each with an example.

const BANNER_STARTS: RegExp[] = [
  // CAUTION: This email originated from outside of the organization. Do not click links...
  /^\[?\s*(caution|warning|attention|notice|external|external email|external sender|external message|extern|externe?|achtung|vorsicht|atención|precaución|atenção|attenzione|let op|waarschuwing|varning|advarsel|uwaga|внимание|увага|προσοχή|dikkat|注意|警告)\s*\]?\s*[:!-]/i,
  // [EXTERNAL] / [EXTERNAL SENDER] / [EXT] / *External*
  /^[[*]\s*(external|ext|external sender|external email|extern|externe|externo|esterno)\s*[\]*]/i,
  // This email originated from outside of the organization / This message came from outside Acme
  /^(this|the) (e-?mail|message|sender) (originated|came|was sent|is|arrived) (from )?outside\b/i,
  // You don't often get email from x@y.com. Learn why this is important
  /^you (don'?t|do not) often get (e-?mail|messages?) from\b/i,
  // Diese E-Mail stammt von einem externen Absender.
  /^diese (e-?mail|nachricht) (stammt|kommt) von (einem |einer )?extern/i,
  // Ce courriel provient de l'extérieur de l'organisation.
  /^ce (courriel|message|mail|e-?mail) provient de l'?ext[ée]rieur/i,
  // Este correo se originó fuera de la organización. / Este e-mail foi enviado de fora da organização.
  /^este (correo|mensaje|e-?mail) (se )?(originó|proviene|vino|foi enviado|tem origem|é de) (de )?fuera|^este (e-?mail|mensagem) (foi enviad[oa]|tem origem|é) de fora/i,
  // Questa e-mail proviene dall'esterno dell'organizzazione.
  /^questa (e-?mail|mail|messaggio) proviene dall'?esterno/i,
  // Deze e-mail is afkomstig van buiten de organisatie.
  /^deze (e-?mail|mail) (is afkomstig|komt) van buiten/i,
];

/** A line a gateway added, opening with a caution. */
export function isBanner(paragraph: string): boolean {
  const p = paragraph.trim();
  if (!p) return false;
  return BANNER_STARTS.some((re) => re.test(p));
}

/**
 * Removes caution banners: any paragraph (lines up to a blank line) that opens like one. Only
 * the first few and last few paragraphs are looked at, where gateways put them.
 */
export function removeBanners(text: string): string {
  if (!text) return text;
  const paras = text.split(/\n[ \t]*\n/);
  let changed = false;
  const keep: string[] = [];
  paras.forEach((p, i) => {
    if (!((i < 4 || i >= paras.length - 2) && isBanner(p.split("\n")[0]!))) return void keep.push(p);
    changed = true;
    const lines = p.trim().split("\n");
    // A banner is a line or a short wrapped paragraph; anything longer keeps its other lines.
    if (lines.length > 4 || p.length > 600) keep.push(lines.slice(1).join("\n"));
  });
  return changed ? keep.join("\n\n") : text;
}
