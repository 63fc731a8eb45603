import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Account() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.account')}</h1>
    </section>
  );
}
