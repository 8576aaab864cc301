/** Sign-in with an API token. */
import { Layout, type PageContext } from './layout.js';

export function LoginPage(props: { page: PageContext; error?: boolean }) {
  const { t, base } = props.page;
  return (
    <Layout page={props.page} title={t('signIn')}>
      <form method="post" action={`${base}/login`} class="card narrow">
        <p id="token-hint">{t('tokenHint')}</p>
        {props.error && (
          <p class="refusal" role="alert">
            {t('badToken')}
          </p>
        )}
        <label for="token">{t('token')}</label>
        <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-hint" aria-invalid={props.error ? 'true' : undefined} />
        <button type="submit">{t('signIn')}</button>
      </form>
    </Layout>
  );
}
