import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * Every `src/locales/<language>/<namespace>.json` is a namespace (`useTranslation('board')` reads
 * `locales/<language>/board.json`). Each is its own small chunk, fetched when a page first needs it and only in the
 * page's language, so the first load carries `common` and the opened page's texts, not every page in both languages.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');
const loadNamespace = async (language: string, namespace: string) => {
  const load = files[`../locales/${language}/${namespace}.json`];
  if (!load) throw new Error(`no texts for namespace ${namespace} in ${language}`);
  return (await load()).default;
};

/** The language of the page: a saved choice, else the browser's (Chinese for any zh-*), else English. */
export function normaliseLanguage(language: string | undefined): Language {
  if (!language) return 'en';
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Resolves when the page's language and its `common` texts are loaded (render after it: the header needs them). */
export const i18nReady = i18n
  .use(LanguageDetector)
  .use(resourcesToBackend(loadNamespace))
  .use(initReactI18next)
  .init({
    ns: ['common'],
    defaultNS: 'common',
    // No fallback language: every key exists in both (locales.test.ts), so only the page's language is fetched.
    fallbackLng: false,
    supportedLngs: ['zh-CN', 'en'],
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: 'lashou.language',
      caches: ['localStorage'],
      convertDetectedLanguage: (language: string) => normaliseLanguage(language),
    },
    interpolation: { escapeValue: false },
    // A text the page asked for but does not have (a missing key, or a namespace the component did not ask
    // useTranslation for) is shown as its key: say so in the console, where the browser tests look.
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => console.error(`[i18n] missing text ${namespace}:${key} (${languages.join(', ')})`),
    returnNull: false,
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = normaliseLanguage(language);
});
document.documentElement.lang = normaliseLanguage(i18n.language);

export default i18n;
