import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Witness() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.witness')}</h1>
    </section>
  );
}
