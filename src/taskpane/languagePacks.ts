import { useEffect, useState } from "react";
import { EN, type DraftLanguage, type LanguagePack } from "../core";

// English is in the start-up script; the other draft languages are small scripts of their own,
// fetched the first time a draft needs them.
const loaders: Record<Exclude<DraftLanguage, "en">, () => Promise<LanguagePack>> = {
  es: () => import(/* webpackChunkName: "lang-es" */ "../core/apology/language/es").then((m) => m.ES),
  fr: () => import(/* webpackChunkName: "lang-fr" */ "../core/apology/language/fr").then((m) => m.FR),
  de: () => import(/* webpackChunkName: "lang-de" */ "../core/apology/language/de").then((m) => m.DE),
  it: () => import(/* webpackChunkName: "lang-it" */ "../core/apology/language/it").then((m) => m.IT),
  pt: () => import(/* webpackChunkName: "lang-pt" */ "../core/apology/language/pt").then((m) => m.PT),
  nl: () => import(/* webpackChunkName: "lang-nl" */ "../core/apology/language/nl").then((m) => m.NL),
};
const loaded = new Map<DraftLanguage, LanguagePack>([["en", EN]]);

export function loadPack(code: DraftLanguage): Promise<LanguagePack> {
  const have = loaded.get(code);
  if (have) return Promise.resolve(have);
  return loaders[code as Exclude<DraftLanguage, "en">]().then((pack) => {
    loaded.set(code, pack);
    return pack;
  });
}

/** The pack for `code` once loaded; null while it loads, or when it could not be loaded (`failed`). */
export function useLanguagePack(code: DraftLanguage): { pack: LanguagePack | null; failed: boolean } {
  const [state, setState] = useState<{ code: DraftLanguage; pack: LanguagePack | null; failed: boolean }>(() => ({
    code,
    pack: loaded.get(code) ?? null,
    failed: false,
  }));
  useEffect(() => {
    if (loaded.has(code)) {
      setState({ code, pack: loaded.get(code)!, failed: false });
      return;
    }
    let live = true;
    setState({ code, pack: null, failed: false });
    loadPack(code).then(
      (pack) => live && setState({ code, pack, failed: false }),
      () => live && setState({ code, pack: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [code]);
  return state.code === code ? { pack: state.pack, failed: state.failed } : { pack: loaded.get(code) ?? null, failed: false };
}
