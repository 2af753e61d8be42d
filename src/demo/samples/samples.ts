import type { SimItem } from "../bridge";

// Sample complaints written for the demo; every name, business and number is made up.
export const DEMO_OWNER = { displayName: "Alex Rivera", emailAddress: "alex@brightside-services.example" };

const base = Date.UTC(2026, 10, 24, 14, 5);
const at = (minutesAgo: number) => new Date(base - minutesAgo * 60 * 1000);

export const SAMPLES: (SimItem & { preview: string; client: string })[] = [
  {
    mode: "read",
    client: "Outlook desktop (HTML reply)",
    itemId: "sample-outlook",
    conversationId: "conv-outlook",
    subject: "RE: Lunch order #4471 for Thursday",
    from: { displayName: "Priya Shah", emailAddress: "priya.shah@harbourlegal.example" },
    to: [DEMO_OWNER],
    receivedAt: at(20),
    preview: "You missed the vegan note on our lunch order…",
    bodyFormat: "html",
    body: `<html><head><style>p{margin:0}</style></head><body><div class="WordSection1">
<p class="MsoNormal">Hi Alex,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I'm really disappointed. Your team missed the vegan note on our lunch order again, and three of our guests had nothing they could eat. Our client meeting is on Friday at 12:30 pm and I need to know this won't happen a second time.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,</p><p class="MsoNormal">Priya</p>
<p class="MsoNormal">Priya Shah | Office Manager | Harbour Legal<br>T: +1 (555) 010-4477<br>www.harbourlegal.example</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> Alex Rivera &lt;alex@brightside-services.example&gt;<br><b>Sent:</b> Monday, November 23, 2026 9:12 AM<br><b>To:</b> Priya Shah<br><b>Subject:</b> Lunch order #4471 for Thursday</p></div>
<p class="MsoNormal">Hi Priya, confirming 14 lunches for Thursday, including 3 vegan. Alex</p>
</div></body></html>`,
  },
  {
    mode: "read",
    client: "Gmail reply",
    itemId: "sample-gmail",
    conversationId: "conv-gmail",
    subject: "Re: Boiler service booking BK-2291",
    from: { displayName: "Tom Becker", emailAddress: "tom.becker@mailbox.example" },
    to: [DEMO_OWNER],
    receivedAt: at(95),
    preview: "Your engineer never showed up this morning…",
    bodyFormat: "html",
    body: `<div dir="ltr"><div>Hello,</div><div><br></div><div>Your engineer never showed up this morning. I took the morning off work and waited from 8 until 12, and nobody called to say they weren't coming. I want someone to call me today and rebook for this week.</div><div><br></div><div>Tom</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 23 Nov 2026 at 16:40, Brightside Services &lt;<a href="mailto:alex@brightside-services.example">alex@brightside-services.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Your boiler service is booked for Tuesday, 8am-12pm. Booking BK-2291.</blockquote></div>`,
  },
  {
    mode: "read",
    client: "iPhone (plain text)",
    itemId: "sample-iphone",
    conversationId: "conv-iphone",
    subject: "Cleaning yesterday",
    from: { displayName: "Maria Lopez", emailAddress: "mlopez@inbox.example" },
    to: [DEMO_OWNER],
    receivedAt: at(180),
    preview: "The kitchen floor was still dirty…",
    bodyFormat: "text",
    body: `Hi,

The kitchen floor was still dirty after your team left yesterday and the oven wasn't cleaned at all, even though it was on the checklist. We have family arriving Saturday. Can you come back and redo it before then?

Maria

Sent from my iPhone`,
  },
  {
    mode: "read",
    client: "Forwarded by a colleague",
    itemId: "sample-forward",
    conversationId: "conv-forward",
    subject: "Fwd: Invoice INV-20931 charged twice",
    from: { displayName: "Jordan Kim", emailAddress: "jordan@brightside-services.example" },
    to: [DEMO_OWNER],
    receivedAt: at(240),
    preview: "FYI – can you handle this one?",
    bodyFormat: "text",
    body: `FYI, can you handle this one?

---------- Forwarded message ---------
From: Daniel Okafor <daniel.okafor@northwind.example>
Date: Tue, Nov 24, 2026 at 8:02 AM
Subject: Invoice INV-20931 charged twice
To: <accounts@brightside-services.example>

Good morning,

I was charged twice for invoice INV-20931 and nobody has replied to my two emails last week. I'd like the duplicate payment refunded, please. If this isn't sorted by Friday I'll have to dispute the charge with my bank.

Regards,
Daniel Okafor`,
  },
  {
    mode: "read",
    client: "Spanish complaint",
    itemId: "sample-spanish",
    conversationId: "conv-spanish",
    subject: "Pedido 5582 incompleto",
    from: { displayName: "Lucía Fernández", emailAddress: "lucia.fernandez@correo.example" },
    to: [DEMO_OWNER],
    receivedAt: at(300),
    preview: "El pedido 5582 llegó incompleto…",
    bodyFormat: "text",
    body: `Hola,

El pedido 5582 llegó incompleto: faltan las dos cajas de vasos y la mesa llegó dañada. Necesito una solución antes del sábado porque es la fiesta de mi hija.

Un saludo,
Lucía

El lun, 23 nov 2026 a las 10:15, Brightside Services escribió:
> Su pedido 5582 ha sido enviado.`,
  },
  {
    mode: "read",
    client: "Thank-you note",
    itemId: "sample-thanks",
    conversationId: "conv-thanks",
    subject: "Thank you!",
    from: { displayName: "Sam Patel", emailAddress: "sam.patel@inbox.example" },
    to: [DEMO_OWNER],
    receivedAt: at(600),
    preview: "Just wanted to say thank you…",
    bodyFormat: "text",
    body: `Hi Alex,

Just wanted to say thank you so much for the party food on Saturday. Everyone loved it and the team were wonderful.

Best,
Sam`,
  },
];
