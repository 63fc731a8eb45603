import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, normaliseLanguage } from '../lib/i18n';

/** 中文 / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('language')}
      </label>
      <select id={id} data-testid="language-switch" value={normaliseLanguage(i18n.language)} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}
