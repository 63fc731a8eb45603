import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function ClaimDetail() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.claims')}</h1>
    </section>
  );
}
