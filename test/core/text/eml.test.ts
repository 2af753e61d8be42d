import { parseEmailInput, analyzeComplaint } from "../../../src/core";

describe("parseEmailInput", () => {
  test("reads a raw multipart .eml with quoted-printable HTML and encoded headers", () => {
    const eml = [
      "From: =?UTF-8?B?Sm9zw6kgR2FyY8OtYQ==?= <jose@x.example>",
      "Subject: =?UTF-8?Q?Pedido_tard=C3=ADo?=",
      "Date: Tue, 10 Mar 2026 09:00:00 +0000",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "plain version",
      "--b1",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "<p>The order was late =E2=80=94 again.</p>",
      "--b1--",
    ].join("\r\n");
    const email = parseEmailInput(eml);
    expect(email.from).toEqual({ displayName: "José García", emailAddress: "jose@x.example" });
    expect(email.subject).toBe("Pedido tardío");
    expect(email.bodyFormat).toBe("html");
    expect(email.body).toContain("late — again");
    expect(email.receivedAt?.toISOString()).toBe("2026-03-10T09:00:00.000Z");
  });

  test("decodes a base64 plain-text body", () => {
    const eml = `From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from("Caf\u00e9 was cold.").toString("base64")}`;
    expect(parseEmailInput(eml).body).toBe("Café was cold.");
  });

  test("pasted HTML and plain text are told apart", () => {
    expect(parseEmailInput("<div>Hello</div>").bodyFormat).toBe("html");
    expect(parseEmailInput("Hello, the order was late.").bodyFormat).toBe("text");
  });

  test("garbage never throws and still gives something to read", () => {
    for (const raw of ["", "From:", "Content-Type: multipart/mixed\n\n--", "\u0000\u0001\u0002", "=?x?B?@@@?="]) {
      expect(() => analyzeComplaint(parseEmailInput(raw))).not.toThrow();
    }
  });
});
