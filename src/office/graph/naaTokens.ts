import { createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";

/** The one delegated permission the add-in asks for. */
export const GRAPH_SCOPES = ["Calendars.ReadWrite"];

export interface TokenSource {
  /** An access token for Graph; `fresh` skips the cache after Graph refused the last one. */
  token(fresh?: boolean): Promise<string>;
}

export class SignInError extends Error {}

function reason(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { errorCode?: unknown; message?: unknown };
    if (typeof e.errorCode === "string" && e.errorCode) return e.errorCode;
    if (typeof e.message === "string" && e.message) return e.message;
  }
  return String(error);
}

/**
 * Tokens through nested app authentication: Outlook itself brokers the
 * sign-in. Silent first; when that fails, the popup Outlook shows for consent.
 */
export function naaTokenSource(clientId: string, authority: string): TokenSource {
  let app: Promise<IPublicClientApplication> | null = null;
  return {
    async token(fresh = false) {
      app ??= createNestablePublicClientApplication({ auth: { clientId, authority } });
      let pca: IPublicClientApplication;
      try {
        pca = await app;
      } catch (error) {
        app = null; // try again from scratch next time
        throw new SignInError(`Sign-in could not start (${reason(error)}).`);
      }
      try {
        return (await pca.acquireTokenSilent({ scopes: GRAPH_SCOPES, forceRefresh: fresh })).accessToken;
      } catch {
        // Consent missing or the session expired: Outlook shows its own sign-in.
      }
      try {
        return (await pca.acquireTokenPopup({ scopes: GRAPH_SCOPES })).accessToken;
      } catch (error) {
        throw new SignInError(`Sign-in to Microsoft 365 didn't finish (${reason(error)}).`);
      }
    },
  };
}
