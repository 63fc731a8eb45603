import i18n, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * Every `src/locales/<language>/<namespace>.json` is bundled (they are small) and becomes a namespace:
 * `useTranslation('board')` reads `locales/<language>/board.json`.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });
const resources: Resource = {};
for (const [path, module] of Object.entries(files)) {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match) continue;
  const [, language, namespace] = match as unknown as [string, string, string];
  resources[language] ??= {};
  resources[language][namespace] = module.default;
}
export const NAMESPACES = [...new Set(Object.keys(files).map((p) => /([^/]+)\.json$/.exec(p)?.[1] ?? 'common'))];

/** The language of the page: a saved choice, else the browser's (Chinese for any zh-*), else English. */
export function normaliseLanguage(language: string | undefined): Language {
  if (!language) return 'en';
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    fallbackLng: { 'zh-TW': ['zh-CN', 'en'], zh: ['zh-CN', 'en'], default: ['en'] },
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
    returnNull: false,
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = normaliseLanguage(language);
});
document.documentElement.lang = normaliseLanguage(i18n.language);

export default i18n;
