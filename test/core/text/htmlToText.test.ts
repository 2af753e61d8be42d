import { htmlToText, QUOTE_MARK } from "../../../src/core/text/htmlToText";

describe("htmlToText", () => {
  test.each([
    ["paragraphs and line breaks", "<p>One</p><p>Two<br>Three</p>", "One\n\nTwo\nThree"],
    ["entities", "<p>Fish &amp; chips &ndash; &#163;5 &#x2014; caf&eacute;&nbsp;ok</p>", "Fish & chips – £5 — café ok"],
    ["lists get bullets", "<ul><li>Soup</li><li>Bread</li></ul>", "• Soup\n• Bread"],
    ["links keep their address", '<p>See <a href="https://x.example/order">your order</a></p>', "See your order (https://x.example/order)"],
    ["a link that shows its own address is not repeated", '<a href="https://x.example">https://x.example</a>', "https://x.example"],
    ["scripts, styles and head are dropped", "<head><title>T</title><style>p{}</style></head><script>alert(1)</script><p>Body</p>", "Body"],
    ["hidden elements are dropped", '<div style="display:none">preheader</div><p hidden>secret</p><p>Visible</p>', "Visible"],
    ["comments are dropped", "<p>A<!-- note --> B</p>", "A B"],
    ["whitespace folds", "<p>  lots   of\n\n  space </p>", "lots of space"],
    ["pre keeps lines", "<pre>line 1\nline 2</pre>", "line 1\nline 2"],
    ["a lone < in text survives", "<p>3 < 5</p>", "3 < 5"],
    ["unterminated tag does not hang", "<p>Hello <b", "Hello"],
  ])("%s", (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  test.each([
    ["Gmail", '<div>Reply</div><div class="gmail_quote">On Mon wrote:<blockquote>old</blockquote></div>'],
    ["Apple Mail", '<div>Reply</div><blockquote type="cite">old</blockquote>'],
    ["Outlook divRplyFwdMsg", '<div>Reply</div><div id="divRplyFwdMsg"><b>From:</b> x</div><div>old</div>'],
    ["Outlook border-top", '<p>Reply</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p>From: x</p></div>'],
  ])("marks where %s quoting starts", (_name, html) => {
    const text = htmlToText(html);
    expect(text.startsWith("Reply")).toBe(true);
    expect(text).toContain(QUOTE_MARK);
    expect(text.indexOf(QUOTE_MARK)).toBeLessThan(text.indexOf("old") === -1 ? Infinity : text.indexOf("old"));
  });

  test("hostile markup comes out as inert text", () => {
    const text = htmlToText('<img src=x onerror="alert(1)"><p>Hi <script>steal()</script>there &lt;script&gt;</p>');
    expect(text).toBe("Hi there <script>");
  });
});
