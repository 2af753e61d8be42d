import type { AppointmentShown, ReplyShown, SimItem } from "../bridge";
import { sanitize, when } from "./format";

/** The open email, and the reply and appointment forms as Outlook would show them. */
export function ReadingPane({ selected, reply, appointment }: { selected: SimItem | null; reply: ReplyShown | null; appointment: AppointmentShown | null }) {
  const how = reply ? (reply.mode === "replyAll" ? "reply all" : reply.mode === "compose" ? "inserted at the cursor" : "reply") : "";
  return (
    <section className="reading" aria-label="Reading pane">
      {selected ? (
        <>
          <h1>{selected.subject}</h1>
          <p className="meta">
            {selected.from.displayName} &lt;{selected.from.emailAddress}&gt; · {when(selected.receivedAt)}
          </p>
          {selected.bodyFormat === "html" ? (
            <div className="body" dangerouslySetInnerHTML={{ __html: sanitize(selected.body) }} />
          ) : (
            <pre className="body">{selected.body}</pre>
          )}
        </>
      ) : (
        <p>Select a message.</p>
      )}
      <section className="form" role="region" aria-label="Reply draft">
        <h2>Reply</h2>
        {reply ? (
          <>
            <p className="meta">
              Opened by {reply.via} ({how}), to {selected?.from.emailAddress}
            </p>
            {reply.coercion === "html" ? (
              <div className="reply-body" dangerouslySetInnerHTML={{ __html: sanitize(reply.html) }} />
            ) : (
              <pre className="reply-body">{reply.html}</pre>
            )}
          </>
        ) : (
          <p className="empty">No reply open yet.</p>
        )}
      </section>
      <section className="form" role="region" aria-label="New appointment">
        <h2>New appointment</h2>
        {appointment ? (
          <dl>
            <dt>Subject</dt>
            <dd data-field="subject">{appointment.subject}</dd>
            <dt>Start</dt>
            <dd data-field="start">
              <time dateTime={appointment.start.toISOString()}>{when(appointment.start)}</time>
            </dd>
            <dt>End</dt>
            <dd data-field="end">
              <time dateTime={appointment.end.toISOString()}>{when(appointment.end)}</time>
            </dd>
            <dt>Attendees</dt>
            <dd data-field="attendees">{appointment.attendees === 0 ? "None (an appointment, not a meeting)" : appointment.attendees}</dd>
            <dt>Body</dt>
            <dd data-field="body">
              <pre>{appointment.body}</pre>
            </dd>
          </dl>
        ) : (
          <p className="empty">No appointment open yet.</p>
        )}
        {appointment && <p className="meta">Opened by {appointment.via}. In Outlook you would now press Save.</p>}
      </section>
    </section>
  );
}
