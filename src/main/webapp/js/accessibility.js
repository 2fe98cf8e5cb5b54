// accessibility.html: the statement is static markup with data-i18n texts,
// which page.js translates; only the document title is set here.
import { t } from './i18n.js';
import { startPage, setTitle } from './page.js';

startPage(async () => {
  setTitle(t('a11y.title'));
  return null;
});
