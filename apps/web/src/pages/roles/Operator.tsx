import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Operator() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.operator')}</h1>
    </section>
  );
}
