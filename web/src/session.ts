import { html, LitElement, nothing } from 'lit';
import { api, TOKEN_KEY as KEY } from './api.js';
import { TrackerWriterDocument } from './gql/graphql.js';

// Signing in: a curator pastes a write token, kept for this tab only (sessionStorage: never in the
// URL, a cookie or a log), sent as `Authorization: Bearer` with every request from then on. The page
// asks the API which name the token writes as, and says it. Pages that write listen for `writer`.

export interface Writer {
  canWrite: boolean;
  name: string | null;
}

/** The token of this tab, if a curator gave one. */
export const token = (): string | null => sessionStorage.getItem(KEY);

let current: Writer = { canWrite: false, name: null };
/** Who the page writes as now. */
export const writer = (): Writer => current;

function announce(next: Writer): void {
  current = next;
  window.dispatchEvent(new CustomEvent('writer'));
}

/** Asks the API what the stored token may do; a token it refuses is forgotten. */
async function check(): Promise<string | undefined> {
  if (!token()) {
    announce({ canWrite: false, name: null });
    return undefined;
  }
  const result = await api.query(TrackerWriterDocument, {}).toPromise();
  if (result.error) return result.error.message;
  if (!result.data!.writer.canWrite) {
    sessionStorage.removeItem(KEY);
    announce({ canWrite: false, name: null });
    return 'This token is not accepted for writing.';
  }
  announce(result.data!.writer);
  return undefined;
}

/** The sign-in control of the header: a form to paste a token, then who the page writes as and a way to sign out. */
export class SignIn extends LitElement {
  static override properties = { open: { state: true }, problem: { state: true } };
  declare open: boolean;
  declare problem?: string;

  constructor() {
    super();
    this.open = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('writer', this.changed);
    void check();
  }

  override disconnectedCallback() {
    window.removeEventListener('writer', this.changed);
    super.disconnectedCallback();
  }

  private readonly changed = () => this.requestUpdate();

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = new FormData(form).get('token')?.toString().trim() ?? '';
    if (!value) return;
    sessionStorage.setItem(KEY, value);
    form.reset();
    this.problem = await check();
    if (!this.problem) this.open = false;
  }

  private signOut() {
    sessionStorage.removeItem(KEY);
    this.problem = undefined;
    void check();
  }

  override render() {
    const me = writer();
    if (me.canWrite)
      return html`<span role="status">Writing as <strong>${me.name ?? 'an unnamed token'}</strong>${
        me.name ? nothing : html` (deciding on suggestions needs a named token)`
      }</span>
        <button type="button" @click=${this.signOut}>Sign out</button>`;
    if (!this.open)
      return html`<button type="button" @click=${() => (this.open = true)}>Sign in to curate</button>${
        this.problem ? html`<span role="alert">${this.problem}</span>` : nothing
      }`;
    return html`<form class="sign-in" @submit=${this.submit}>
      <label for="write-token">Write token</label>
      <input id="write-token" name="token" type="password" autocomplete="off" required />
      <button type="submit">Sign in</button>
      <button type="button" @click=${() => (this.open = false)}>Cancel</button>
      ${this.problem ? html`<span role="alert">${this.problem}</span>` : nothing}
    </form>`;
  }

  protected override createRenderRoot() {
    return this;
  }
}

customElements.define('sign-in', SignIn);

/** A write's refusal, in words: its userErrors, each with the field it is about, or the error of the request. */
export function refusal(
  result: { error?: { message: string; graphQLErrors: { message: string }[] }; data?: unknown },
  payload?: { userErrors: { field: string[]; message: string }[] } | null,
): string[] {
  if (result.error) return [result.error.graphQLErrors[0]?.message ?? result.error.message];
  return (payload?.userErrors ?? []).map((e) => (e.field.length ? `${e.field.join('.')}: ${e.message}` : e.message));
}
