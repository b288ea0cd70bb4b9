// The options page's view: which entity types get highlights, their colours (a colour-blind-safe
// palette, shown with each type's underline style), and the per-site list (never / always). Every
// change is handed up at once as a whole new Settings; saving and applying live in
// entrypoints/options. Props in, JSX out.
import { useState } from 'preact/hooks';
import { COLOR_CHOICES, DEFAULT_SETTINGS, markColors, normalizeSite, withSiteRule, type Settings, type SiteRule } from '@/lib/settings';
import type { EntityType } from '@/lib/types';
import { useT } from './i18n';

export interface OptionsProps {
  settings: Settings;
  /** Announced after each save ("Saved."). */
  status: string;
  onChange(next: Settings): void;
}

const TYPE_LABELS: Record<EntityType, { plural: string; underline: string }> = {
  official: { plural: 'Officials', underline: 'solid underline' },
  country: { plural: 'Countries', underline: 'dotted underline' },
};
const TYPES: EntityType[] = ['official', 'country'];

function Sample({ type, color }: { type: EntityType; color: string }) {
  const c = markColors(color);
  return (
    <span class={`sample sample-${type}`} style={{ background: c.background, textDecorationColor: c.line }}>
      {type === 'official' ? 'Foreign Minister' : 'Albania'}
    </span>
  );
}

function SiteList({ settings, onChange }: Pick<OptionsProps, 'settings' | 'onChange'>) {
  const [site, setSite] = useState('');
  const [rule, setRule] = useState<SiteRule>('never');
  const [problem, setProblem] = useState('');
  const entries = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  const add = (ev: Event) => {
    ev.preventDefault();
    const key = normalizeSite(site);
    if (!key) {
      setProblem(`“${site.trim()}” is not a site name. Type one like example.com.`);
      return;
    }
    setProblem('');
    setSite('');
    onChange(withSiteRule(settings, key, rule));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="hint">
        <strong>Never</strong>: Attaché does nothing on the site. <strong>Always</strong>: every page of the site is read,
        even one that does not look like an article. A rule for a site covers its subdomains.
      </p>
      {entries.length === 0 ? (
        <p class="empty">No sites yet. Add one here, or use the buttons in the popup.</p>
      ) : (
        <table class="sites">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Rule</th>
              <th scope="col"><span class="visually-hidden">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([host, r]) => (
              <tr key={host} data-site={host}>
                <td class="site-host">{host}</td>
                <td>
                  <select
                    aria-label={`Rule for ${host}`}
                    value={r}
                    onChange={(ev) => onChange(withSiteRule(settings, host, (ev.currentTarget as HTMLSelectElement).value as SiteRule))}
                  >
                    <option value="never">Never</option>
                    <option value="always">Always</option>
                  </select>
                </td>
                <td>
                  <button type="button" class="remove" aria-label={`Remove ${host}`} onClick={() => onChange(withSiteRule(settings, host, null))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          Site
          <input
            type="text"
            name="site"
            placeholder="example.com"
            autocomplete="off"
            spellcheck={false}
            value={site}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'site-problem' : undefined}
            onInput={(ev) => setSite((ev.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          Rule
          <select value={rule} onChange={(ev) => setRule((ev.currentTarget as HTMLSelectElement).value as SiteRule)}>
            <option value="never">Never</option>
            <option value="always">Always</option>
          </select>
        </label>
        <button type="submit">Add</button>
      </form>
      {problem && (
        <p id="site-problem" class="problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

export function Options({ settings, status, onChange }: OptionsProps) {
  const t = useT();
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p class="hint">{t('options_hint')}</p>

      <section aria-labelledby="types-heading">
        <h2 id="types-heading">Highlight in pages</h2>
        {TYPES.map((t) => (
          <label class="check" key={t}>
            <input
              type="checkbox"
              name={`type-${t}`}
              checked={settings.types[t]}
              onChange={(ev) => onChange({ ...settings, types: { ...settings.types, [t]: (ev.currentTarget as HTMLInputElement).checked } })}
            />
            {TYPE_LABELS[t].plural}
          </label>
        ))}
        <p class="hint">The popup lists both either way.</p>
      </section>

      <section aria-labelledby="colors-heading">
        <h2 id="colors-heading">Colours</h2>
        <p class="hint">All choices can be told apart by colour-blind readers; the underline style differs by type too.</p>
        {TYPES.map((t) => (
          <fieldset class="colors" key={t}>
            <legend>
              {TYPE_LABELS[t].plural} ({TYPE_LABELS[t].underline}): <Sample type={t} color={settings.colors[t]} />
            </legend>
            {COLOR_CHOICES.map((c) => (
              <label class="color" key={c.value}>
                <input
                  type="radio"
                  name={`color-${t}`}
                  value={c.value}
                  checked={settings.colors[t] === c.value}
                  onChange={() => onChange({ ...settings, colors: { ...settings.colors, [t]: c.value } })}
                />
                <span class="chip" aria-hidden="true" style={{ background: c.value }} />
                {c.name}
                {DEFAULT_SETTINGS.colors[t] === c.value ? ' (default)' : ''}
              </label>
            ))}
          </fieldset>
        ))}
      </section>

      <SiteList settings={settings} onChange={onChange} />

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Reset</h2>
        <button type="button" onClick={() => onChange({ ...DEFAULT_SETTINGS, sites: settings.sites })}>
          Default types and colours
        </button>
      </section>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
