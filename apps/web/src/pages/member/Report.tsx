import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Report() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.report')}</h1>
    </section>
  );
}
