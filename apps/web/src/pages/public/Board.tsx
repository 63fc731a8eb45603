import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Board() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.board')}</h1>
    </section>
  );
}
