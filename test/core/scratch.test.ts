import { analyzeComplaint } from "../../src/core/analysis/analyzeComplaint";
test("x", () => {
const r = analyzeComplaint({subject:"Lunch order #4471 - dietary note missed", from:{displayName:"Priya Shah", emailAddress:"priya@acme.com"}, bodyFormat:"html",
 body:`<div>Hi team,</div><div><br></div><div>I'm really disappointed. You missed the vegan note on our lunch order again and two of my guests had nothing to eat. The event is on Friday at 12pm and I need this sorted before then. Can someone call me?</div><div><br></div><div>Thanks,<br>Priya</div><div class="gmail_quote"><div>On Mon, 3 Mar 2025 at 10:00, Bob &lt;bob@caterer.com&gt; wrote:</div><blockquote>Confirmed your order</blockquote></div>`,
 receivedAt: new Date("2026-11-24T09:00:00Z")});
console.log(r);
expect(r).toBeTruthy();
});
