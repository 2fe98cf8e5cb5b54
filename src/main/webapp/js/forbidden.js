// 403.html: shown instead of a page the signed-in reader's roles do not open.
import { t } from './i18n.js';
import { ApiError } from './api.js';
import { startPage } from './page.js';

startPage(async () => {
  throw new ApiError({ title: t('forbidden.title'), detail: t('forbidden.detail'), status: 403 });
});
