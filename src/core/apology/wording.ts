import type { Tone } from "./types";

/** Our default sentences for each lane, one set per tone, on the same structure. */
export const WORDING: Record<
  Tone,
  {
    greeting: (name: string) => string;
    acknowledgment: (summary: string) => string;
    acknowledgmentNoSummary: string;
    ownership: string;
    nextUpdateSelf: (when: string) => string;
    nextUpdateOther: (who: string, when: string) => string;
    thanks: string;
    signOff: string;
  }
> = {
  warm: {
    greeting: (n) => (n ? `Hi ${n},` : "Hi there,"),
    acknowledgment: (s) => `I'm so sorry that ${s}.`,
    acknowledgmentNoSummary: "I'm so sorry about the problem you've described.",
    ownership: "That isn't the service you should get from us, and it's on me to put it right.",
    nextUpdateSelf: (w) => `I'll update you personally by ${w}.`,
    nextUpdateOther: (who, w) => `${who} will update you personally by ${w}.`,
    thanks: "Thank you for telling us, and for the chance to make it up to you.",
    signOff: "Warm regards,",
  },
  neutral: {
    greeting: (n) => (n ? `Hello ${n},` : "Hello,"),
    acknowledgment: (s) => `I'm sorry that ${s}.`,
    acknowledgmentNoSummary: "I'm sorry about the problem you've described.",
    ownership: "That falls below the standard we set for our work, and we own that.",
    nextUpdateSelf: (w) => `I will send you the next update by ${w}.`,
    nextUpdateOther: (who, w) => `${who} will send you the next update by ${w}.`,
    thanks: "Thanks for letting us know, and for the chance to fix it.",
    signOff: "Best regards,",
  },
  formal: {
    greeting: (n) => (n ? `Dear ${n},` : "Dear customer,"),
    acknowledgment: (s) => `Please accept my apology: ${s}.`,
    acknowledgmentNoSummary: "Please accept my apology for the problem you have described.",
    ownership: "This did not meet the standard of service we commit to, and we take full responsibility for it.",
    nextUpdateSelf: (w) => `I will write to you with a further update by ${w}.`,
    nextUpdateOther: (who, w) => `${who} will write to you with a further update by ${w}.`,
    thanks: "Thank you for bringing this to our attention and for allowing us to correct it.",
    signOff: "Sincerely,",
  },
};
