// 404.html: shown by the server for any address that has no page.
import { t } from './i18n.js';
import { ApiError } from './api.js';
import { startPage } from './page.js';

startPage(async () => {
  throw new ApiError({ title: t('error.missing.title'), detail: t('error.noPage'), status: 404 });
});
