import { useState } from "react";
import { parseEmailInput, type IncomingEmail } from "../../core";

/**
 * Paste or drop an email of your own. From and Subject are filled from the .eml headers when
 * there are any, and can be typed when there aren't, so a pasted email has a sender to greet.
 */
export function PasteBox({ onOpen }: { onOpen: (email: IncomingEmail) => void }) {
  const [raw, setRaw] = useState("");
  const [name, setName] = useState("");
  const [address, setAddress] = useState("");
  const [subject, setSubject] = useState("");
  const [error, setError] = useState("");

  // Headers in the pasted text fill the fields, unless the user typed their own.
  const fill = (text: string) => {
    setRaw(text);
    const parsed = parseEmailInput(text, { displayName: "", emailAddress: "" });
    if (parsed.from.displayName && !name) setName(parsed.from.displayName);
    if (parsed.from.emailAddress && !address) setAddress(parsed.from.emailAddress);
    if (parsed.subject && !subject) setSubject(parsed.subject);
  };

  const open = (text = raw) => {
    if (!text.trim()) return setError("Paste an email first: raw .eml source, HTML or plain text.");
    const parsed = parseEmailInput(text, { displayName: name.trim(), emailAddress: address.trim() });
    setError("");
    onOpen({
      ...parsed,
      from: { displayName: name.trim() || parsed.from.displayName, emailAddress: address.trim() || parsed.from.emailAddress },
      subject: subject.trim() || parsed.subject,
    });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) return setError("That file is over 5 MB; open a smaller email.");
    const text = await file.text();
    fill(text);
    open(text);
  };

  return (
    <div className="paste">
      <label htmlFor="paste-box">Paste an email</label>
      <textarea
        id="paste-box"
        value={raw}
        rows={6}
        placeholder="Raw .eml source, HTML or plain text. You can also drop a file here."
        onChange={(e) => fill(e.target.value)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void onFile(e.dataTransfer.files[0]);
        }}
      />
      <label>
        From name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        From address <input type="email" value={address} onChange={(e) => setAddress(e.target.value)} />
      </label>
      <label>
        Subject <input value={subject} onChange={(e) => setSubject(e.target.value)} />
      </label>
      <button onClick={() => open()}>Open email</button>
      <label className="file">
        Or open a file{" "}
        <input type="file" accept=".eml,.html,.htm,.txt,message/rfc822,text/html,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
