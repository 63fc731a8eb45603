import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Join() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.join')}</h1>
    </section>
  );
}
