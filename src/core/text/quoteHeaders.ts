// Where mail clients start quoting or forwarding earlier mail, as they write it in each language.
// One pattern a line, each with an example of what it matches. Strings are the clients' own:
// Gmail, Outlook (desktop, web, Mac, mobile), Apple Mail, Thunderbird, Yahoo and Proton, in
// en, es, pt, fr, de, it, nl, da, sv, nb, fi, pl, cs, hu, ru, uk, el, ar, tr, ja, zh and ko.
// Every pattern is anchored and bounded, and lines longer than MAX_HEADER_LINE are never tested,
// so finding a boundary costs time linear in the email's length.

/** Lines longer than this are never quote headers; skipping them keeps hostile input linear. */
export const MAX_HEADER_LINE = 400;

const alt = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");

/** "-----Original Message-----" and its translations (Outlook, Thunderbird). */
const ORIGINAL_WORDS = alt([
  "original message", // -----Original Message-----
  "message d'origine", // -----Message d'origine-----
  "ursprüngliche nachricht", // -----Ursprüngliche Nachricht-----
  "mensaje original", // -----Mensaje original-----
  "messaggio originale", // -----Messaggio originale-----
  "mensagem original", // -----Mensagem original-----
  "oorspronkelijk bericht", // -----Oorspronkelijk bericht-----
  "oprindelig meddelelse", // -----Oprindelig meddelelse-----
  "oprindelig besked",
  "original meddelelse",
  "originalmeddelande", // -----Originalmeddelande-----
  "ursprungligt meddelande",
  "opprinnelig melding", // -----Opprinnelig melding-----
  "alkuperäinen viesti", // -----Alkuperäinen viesti-----
  "wiadomość oryginalna", // -----Wiadomość oryginalna-----
  "původní zpráva", // -----Původní zpráva-----
  "eredeti üzenet",
  "исходное сообщение", // -----Исходное сообщение-----
  "оригінальне повідомлення", // -----Оригінальне повідомлення-----
  "вихідне повідомлення",
  "αρχικό μήνυμα", // -----Αρχικό μήνυμα-----
  "özgün ileti", // -----Özgün İleti-----
  "orijinal ileti",
  "الرسالة الأصلية", // -----الرسالة الأصلية-----
  "元のメッセージ", // -----元のメッセージ-----
  "原始邮件", // ------------------ 原始邮件 ------------------
  "原始郵件",
  "원본 메시지",
]);
export const ORIGINAL_MESSAGE = new RegExp(`^[\\s>*_-]*-{2,}\\s*(${ORIGINAL_WORDS})\\s*-{2,}[\\s*_-]*$`, "i");

/** Gmail's and Thunderbird's "---------- Forwarded message ---------" and Apple Mail's "Begin forwarded message:". */
const FORWARD_WORDS = alt([
  "forwarded message", // ---------- Forwarded message ---------
  "mensaje reenviado", // ---------- Mensaje reenviado ---------
  "message transféré", // ---------- Message transféré ---------
  "weitergeleitete nachricht", // ---------- Weitergeleitete Nachricht ---------
  "messaggio inoltrato", // ---------- Messaggio inoltrato ---------
  "mensagem encaminhada", // ---------- Mensagem encaminhada ---------
  "doorgestuurd bericht", // ---------- Doorgestuurd bericht ---------
  "videresendt meddelelse", // ---------- Videresendt meddelelse ----------
  "videresendt melding", // ---------- Videresendt melding ---------
  "vidarebefordrat meddelande", // ---------- Vidarebefordrat meddelande ---------
  "välitetty viesti", // ---------- Välitetty viesti ---------
  "wiadomość przekazana dalej", // ---------- Wiadomość przekazana dalej ---------
  "přeposlaná zpráva",
  "пересылаемое сообщение", // ---------- Пересылаемое сообщение ---------
  "пересланий лист", // ---------- Пересланий лист ---------
  "προωθημένο μήνυμα", // ---------- Προωθημένο μήνυμα ---------
  "iletilen ileti", // ---------- İletilen ileti ---------
  "yönlendirilen ileti",
  "رسالة تمت إعادة توجيهها", // ---------- رسالة تمت إعادة توجيهها ---------
  "転送されたメッセージ", // ---------- 転送されたメッセージ ---------
  "转发的邮件", // ---------- 转发的邮件 ---------
  "轉寄的郵件",
  "전달된 메시지",
]);
const APPLE_FORWARD_WORDS = alt([
  "begin forwarded message", // Begin forwarded message:
  "début du message réexpédié", // Début du message réexpédié :
  "début du message transféré",
  "anfang der weitergeleiteten nachricht", // Anfang der weitergeleiteten Nachricht:
  "inicio del mensaje reenviado", // Inicio del mensaje reenviado:
  "início da mensagem reencaminhada", // Início da mensagem reencaminhada:
  "início da mensagem encaminhada",
  "inizio messaggio inoltrato", // Inizio messaggio inoltrato:
  "begin doorgestuurd bericht", // Begin doorgestuurd bericht:
  "videresendt besked", // Videresendt besked:
  "vidarebefordrat brev", // Vidarebefordrat brev:
  "videresendt melding",
  "początek przekazywanej wiadomości", // Początek przekazywanej wiadomości:
  "начало переадресованного сообщения", // Начало переадресованного сообщения:
  "початок пересланого листа",
  "αρχή προωθημένου μηνύματος",
  "iletilen ileti başlangıcı",
  "転送されたメッセージ",
  "以下为转发的邮件",
]);
export const FORWARD_MARK = new RegExp(`^[\\s>*_-]*(-{2,}\\s*(${FORWARD_WORDS})\\s*-{2,}|(${APPLE_FORWARD_WORDS})\\s*[:：])[\\s*_-]*$`, "i");

/** The words that open an attribution line: "On", "Le", "Am", "El"... */
export const ATTRIBUTION_START = new RegExp(
  `^[\\s>-]*(${alt([
    "on", // On Mon, 3 Mar 2025 at 10:00, Bob <bob@x.com> wrote:
    "le", // Le lun. 3 mars 2025 à 10:00, Bob <bob@x.com> a écrit :
    "am", // Am Mo., 3. März 2025 um 10:00 Uhr schrieb Bob <bob@x.com>:
    "el", // El lun, 3 mar 2025 a las 10:00, Bob (<bob@x.com>) escribió:
    "il", // Il giorno lun 3 mar 2025 alle ore 10:00 Bob <bob@x.com> ha scritto:
    "em", // Em seg., 3 de mar. de 2025 às 10:00, Bob <bob@x.com> escreveu:
    "op", // Op ma 3 mrt. 2025 om 10:00 schreef Bob <bob@x.com>:
    "den", // Den 3. mar. 2025 kl. 10.00 skrev Bob <bob@x.com>:
    "på", // På mandag 3. marts 2025 skrev Bob:
    "w dniu", // W dniu 3.03.2025 o 10:00, Bob <bob@x.com> pisze:
    "dnia", // Dnia 3 marca 2025 Bob napisał(a):
    "dne", // Dne 3. 3. 2025 10:00 napsal(a) Bob <bob@x.com>:
    "el día",
    "in data", // In data 3 marzo 2025 10:00, Bob ha scritto:
    "στις", // Στις Δευ 3 Μαρ 2025 στις 10:00, ο/η Bob <bob@x.com> έγραψε:
    "في", // في الاثنين، 3 مارس 2025 10:00 ص، كتب Bob <bob@x.com>:
    "в", // В понедельник, 3 марта 2025 г. Bob <bob@x.com> написал:
    "у", // У пн, 3 бер. 2025 о 10:00 Bob <bob@x.com> пише:
    "vào", // Vào Th 2, 3 thg 3, 2025 lúc 10:00 Bob <bob@x.com> đã viết:
  ])})\\s`,
  "i",
);

/** Verbs that close an attribution ("... wrote:"), in the clients' languages. */
export const QUOTE_VERB = alt([
  "wrote", // ... Bob <bob@x.com> wrote:
  "a écrit", // ... a écrit :
  "schrieb", // ... schrieb Bob <bob@x.com>:
  "escribió", // ... escribió:
  "ha scritto", // ... ha scritto:
  "escreveu", // ... escreveu:
  "schreef", // ... schreef Bob <bob@x.com>:
  "skrev", // ... skrev Bob <bob@x.com>:
  "kirjoitti", // ... kirjoitti:
  "napisał(a)",
  "napisał",
  "napisala",
  "pisze", // ... pisze:
  "napsal(a)",
  "napsal",
  "írta", // ... írta:
  "написал(а)",
  "написала",
  "написал", // ... написал:
  "пише", // ... пише:
  "написав",
  "έγραψε", // ... έγραψε:
  "yazdı", // ... tarihinde şunu yazdı:
  "كتب", // ... كتب Bob:
  "đã viết", // ... đã viết:
  "写道", // Bob <bob@x.com> 于2025年3月3日周一 10:00写道：
  "寫道",
  "님이 작성", // 2025년 3월 3일 (월) 오전 10:00, Bob <bob@x.com>님이 작성:
]);

/** "... wrote:" at the end of a (possibly joined) attribution. */
export const WROTE_END = new RegExp(`(${QUOTE_VERB})[^:：\\n]{0,200}[:：]\\s*\\**\\s*$`, "i");
/** Zoho's "---- On <date> <address> wrote ----", and clients that drop the colon. */
export const WROTE_BARE = new RegExp(`(${QUOTE_VERB})\\s*(-{2,})?\\s*$`, "i");
/**
 * Gmail in Japanese, Russian and others writes no verb: "2025年3月3日(月) 10:00 Bob <bob@x.com>:".
 * This is the address and colon at the end; a digit must also sit within 250 characters before it
 * (checked in quotes.ts, so no pattern scans 250 characters from every digit).
 */
export const ADDRESS_COLON_END = /(?:@[\w-]+\.[\w.-]+|mailto:[^\s>\])]{3,200})\s*[>)\]]?\s*[:：]\s*$/i;
/** "Bob <bob@x.com> wrote:" with the date on the line above. */
export const ADDRESS_WROTE = new RegExp(`@[\\w-]+\\.[\\w.-]+[>)\\]]?\\s*(${QUOTE_VERB})[^:：\\n]{0,60}[:：]\\s*$`, "i");

/** The "From:" field that opens a header block, in each client language. */
export const FROM_LABEL = alt([
  "from", // From: Bob <bob@x.com>
  "de", // De : Bob / De: Bob
  "von", // Von: Bob
  "da", // Da: Bob
  "van", // Van: Bob
  "från", // Från: Bob
  "fra", // Fra: Bob
  "od", // Od: Bob
  "lähettäjä", // Lähettäjä: Bob
  "feladó",
  "от", // От: Bob
  "від", // Від: Bob
  "από", // Από: Bob
  "kimden", // Kimden: Bob
  "من", // من: Bob
  "差出人", // 差出人: Bob
  "发件人", // 发件人: Bob
  "寄件者",
  "보낸 사람",
  "message from",
  "message du", // Message du : 12/12/2016 13:20 (then De :, A :, Sujet :)
]);
/** The other fields of a header block: sent, date, to, cc, subject. */
export const OTHER_FIELD_LABEL = alt([
  "sent",
  "date",
  "to",
  "cc",
  "subject", // Sent: / Date: / To: / Cc: / Subject:
  "envoyé",
  "à",
  "objet",
  "sujet",
  "date", // Envoyé : / À : / Objet :
  "gesendet",
  "an",
  "betreff",
  "datum",
  "kopie", // Gesendet: / An: / Betreff:
  "enviado",
  "para",
  "asunto",
  "fecha", // Enviado: / Para: / Asunto:
  "assunto",
  "data", // Assunto: / Data:
  "inviato",
  "a",
  "oggetto", // Inviato: / A: / Oggetto:
  "verzonden",
  "aan",
  "onderwerp", // Verzonden: / Aan: / Onderwerp:
  "sendt",
  "til",
  "emne",
  "dato", // Sendt: / Til: / Emne:
  "skickat",
  "till",
  "ämne", // Skickat: / Till: / Ämne:
  "lähetetty",
  "vastaanottaja",
  "aihe",
  "päivämäärä",
  "wysłano",
  "do",
  "temat",
  "dw", // Wysłano: / Do: / Temat:
  "odesláno",
  "komu",
  "předmět",
  "elküldve",
  "címzett",
  "tárgy",
  "отправлено",
  "дата",
  "кому",
  "тема",
  "копия", // Отправлено: / Кому: / Тема:
  "надіслано",
  "копія", // Надіслано: / Кому: / Тема:
  "εστάλη",
  "ημερομηνία",
  "προς",
  "θέμα",
  "κοιν", // Εστάλη: / Προς: / Θέμα:
  "gönderildi",
  "tarih",
  "kime",
  "konu",
  "bilgi", // Gönderildi: / Kime: / Konu:
  "تم الإرسال",
  "التاريخ",
  "إلى",
  "الموضوع",
  "نسخة", // تم الإرسال: / إلى: / الموضوع:
  "送信日時",
  "日付",
  "宛先",
  "件名",
  "cc", // 送信日時: / 宛先: / 件名:
  "发送时间",
  "日期",
  "收件人",
  "主题",
  "抄送", // 发送时间: / 收件人: / 主题:
  "傳送時間",
  "收件者",
  "主旨",
  "보낸 날짜",
  "받는 사람",
  "제목",
]);
/** "From: Bob <bob@x.com>", "*From:* Bob", "De : Bob". */
export const FROM_FIELD = new RegExp(`^\\s*[>*]*\\s*\\*?\\s*(${FROM_LABEL})\\s*\\*?\\s*[:：]\\s*\\*?\\s*\\S`, "i");
/** Any other field of the same block. */
export const OTHER_FIELD = new RegExp(`^\\s*[>*]*\\s*\\*?\\s*(${OTHER_FIELD_LABEL})\\s*\\*?\\s*[:：]`, "i");
/** Sent, date or subject: one of these close to a From: line makes it a header block. */
export const DATE_OR_SUBJECT = new RegExp(
  `^\\s*[>*]*\\s*\\*?\\s*(${alt([
    "sent",
    "date",
    "subject",
    "envoyé",
    "objet",
    "sujet",
    "gesendet",
    "betreff",
    "datum",
    "enviado",
    "asunto",
    "fecha",
    "assunto",
    "data",
    "inviato",
    "oggetto",
    "verzonden",
    "onderwerp",
    "sendt",
    "emne",
    "dato",
    "skickat",
    "ämne",
    "lähetetty",
    "aihe",
    "wysłano",
    "temat",
    "odesláno",
    "předmět",
    "elküldve",
    "tárgy",
    "отправлено",
    "дата",
    "тема",
    "надіслано",
    "εστάλη",
    "ημερομηνία",
    "θέμα",
    "gönderildi",
    "tarih",
    "konu",
    "تم الإرسال",
    "التاريخ",
    "الموضوع",
    "送信日時",
    "日付",
    "件名",
    "发送时间",
    "日期",
    "主题",
    "傳送時間",
    "主旨",
    "보낸 날짜",
    "제목",
  ])})\\s*\\*?\\s*[:：]`,
  "i",
);
/** The subject field's value, to tell a forward ("Fwd:") from a reply. */
export const SUBJECT_FIELD = new RegExp(
  `^\\s*[>*]*\\s*\\*?\\s*(?:${alt(["subject", "objet", "sujet", "betreff", "asunto", "oggetto", "assunto", "onderwerp", "ämne", "emne", "aihe", "temat", "předmět", "tárgy", "тема", "θέμα", "konu", "الموضوع", "件名", "主题", "主旨", "제목"])})\\s*\\*?\\s*[:：]\\s*\\*?\\s*(.*)$`,
  "i",
);
export const FROM_VALUE = new RegExp(`^\\s*[>*]*\\s*\\*?\\s*(?:${FROM_LABEL})\\s*\\*?\\s*[:：]\\s*\\*?\\s*(.*)$`, "i");
/** Subject prefixes that mean a forward, in the clients' languages: Fwd, Fw, TR, WG, RV, Enc, Doorst, VS, PD, ПЕРЕСЛ... */
export const FORWARD_SUBJECT = /^\s*\*?\s*(fwd?|tr|wg|rv|enc|i|doorst|vs|vb|vl|pd|pl|fs|пересл|trs|转发|轉寄|転送)\s*[:：]/i;

/** A run of underscores, Outlook's line above a plain-text header block. */
export const UNDERSCORES = /^\s*_{8,}\s*$/;
/** A rule of dashes, underscores, equals signs or stars that belongs to the header below it. */
export const RULE_LINE = /^[-_=*]{4,}$/;
