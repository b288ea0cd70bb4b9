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

// Message keys, literal so the message-file check (tests/i18n) sees each one.
const TYPE_LABELS: Record<EntityType, { plural: string; underline: string; sample: string }> = {
  official: { plural: 'options_officials', underline: 'options_solid', sample: 'options_sample_official' },
  country: { plural: 'options_countries', underline: 'options_dotted', sample: 'options_sample_country' },
};
/** The palette's names (lib/settings keeps English ones) by colour value. */
const COLOR_KEYS: Record<string, string> = {
  '#d55e00': 'options_color_vermilion',
  '#e69f00': 'options_color_orange',
  '#0072b2': 'options_color_blue',
  '#56b4e9': 'options_color_sky_blue',
  '#009e73': 'options_color_bluish_green',
  '#cc79a7': 'options_color_reddish_purple',
};
const TYPES: EntityType[] = ['official', 'country'];

function Sample({ type, color }: { type: EntityType; color: string }) {
  const c = markColors(color);
  const t = useT();
  return (
    <span class={`sample sample-${type}`} style={{ background: c.background, textDecorationColor: c.line }}>
      {t(TYPE_LABELS[type].sample)}
    </span>
  );
}

function SiteList({ settings, onChange }: Pick<OptionsProps, 'settings' | 'onChange'>) {
  const [site, setSite] = useState('');
  const [rule, setRule] = useState<SiteRule>('never');
  const [problem, setProblem] = useState('');
  const t = useT();
  const entries = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  const add = (ev: Event) => {
    ev.preventDefault();
    const key = normalizeSite(site);
    if (!key) {
      setProblem(t('options_bad_site', site.trim()));
      return;
    }
    setProblem('');
    setSite('');
    onChange(withSiteRule(settings, key, rule));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <p class="hint">
        <strong>{t('options_never_label')}</strong> {t('options_never_hint')} <strong>{t('options_always_label')}</strong> {t('options_always_hint')}
      </p>
      {entries.length === 0 ? (
        <p class="empty">{t('options_sites_empty')}</p>
      ) : (
        <table class="sites">
          <thead>
            <tr>
              <th scope="col">{t('options_site')}</th>
              <th scope="col">{t('options_rule')}</th>
              <th scope="col"><span class="visually-hidden">{t('options_remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([host, r]) => (
              <tr key={host} data-site={host}>
                <td class="site-host">{host}</td>
                <td>
                  <select
                    aria-label={t('options_rule_for', host)}
                    value={r}
                    onChange={(ev) => onChange(withSiteRule(settings, host, (ev.currentTarget as HTMLSelectElement).value as SiteRule))}
                  >
                    <option value="never">{t('options_never')}</option>
                    <option value="always">{t('options_always')}</option>
                  </select>
                </td>
                <td>
                  <button type="button" class="remove" aria-label={t('options_remove_site', host)} onClick={() => onChange(withSiteRule(settings, host, null))}>
                    {t('options_remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          {t('options_site')}
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
          {t('options_rule')}
          <select value={rule} onChange={(ev) => setRule((ev.currentTarget as HTMLSelectElement).value as SiteRule)}>
            <option value="never">{t('options_never')}</option>
            <option value="always">{t('options_always')}</option>
          </select>
        </label>
        <button type="submit">{t('options_add')}</button>
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
        <h2 id="types-heading">{t('options_types_heading')}</h2>
        {TYPES.map((type) => (
          <label class="check" key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.types[type]}
              onChange={(ev) => onChange({ ...settings, types: { ...settings.types, [type]: (ev.currentTarget as HTMLInputElement).checked } })}
            />
            {t(TYPE_LABELS[type].plural)}
          </label>
        ))}
        <p class="hint">{t('options_lists_both')}</p>
      </section>

      <section aria-labelledby="colors-heading">
        <h2 id="colors-heading">{t('options_colors_heading')}</h2>
        <p class="hint">{t('options_colors_hint')}</p>
        {TYPES.map((type) => (
          <fieldset class="colors" key={type}>
            <legend>
              {t('options_colors_legend', [t(TYPE_LABELS[type].plural), t(TYPE_LABELS[type].underline)])} <Sample type={type} color={settings.colors[type]} />
            </legend>
            {COLOR_CHOICES.map((c) => (
              <label class="color" key={c.value}>
                <input
                  type="radio"
                  name={`color-${type}`}
                  value={c.value}
                  checked={settings.colors[type] === c.value}
                  onChange={() => onChange({ ...settings, colors: { ...settings.colors, [type]: c.value } })}
                />
                <span class="chip" aria-hidden="true" style={{ background: c.value }} />
                {COLOR_KEYS[c.value] ? t(COLOR_KEYS[c.value]) : c.name}
                {DEFAULT_SETTINGS.colors[type] === c.value ? ` ${t('options_default')}` : ''}
              </label>
            ))}
          </fieldset>
        ))}
      </section>

      <SiteList settings={settings} onChange={onChange} />

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('options_reset_heading')}</h2>
        <button type="button" onClick={() => onChange({ ...DEFAULT_SETTINGS, sites: settings.sites })}>
          {t('options_reset')}
        </button>
      </section>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
