// The reader (its cue lists, quote-header patterns in many languages and model weights) and the
// coach are a third of our own code. They are a separate script that the pane starts fetching as
// soon as it boots, side by side with Office's start-up and the email's body, so the start-up
// script stays small and the summary is not any later.
type Reader = typeof import("../core/reader");
let loading: Promise<Reader> | undefined;
let loaded: Reader | undefined;

export function loadReader(): Promise<Reader> {
  loading ??= import(/* webpackChunkName: "reader" */ "../core/reader").then((m) => (loaded = m));
  // A failed fetch (a network blip) can be tried again on the next email.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * The reader script once it has arrived, else undefined. The pane has a draft to coach only after
 * an email was read, so by then it is always here.
 */
export function loadedReader(): Reader | undefined {
  return loaded;
}
