// The reader's rule for the page's site: "Never on this site" (Attaché does nothing there) and
// "Always on this site" (analyse even when detection says the page is not an article). Two toggle
// buttons (aria-pressed); pressing the pressed one clears the rule. Props in, JSX out.
import type { SiteRule } from '@/lib/settings';
import { useT } from './i18n';

export interface SiteControlsProps {
  /** The site as lib/settings siteKey gives it ("example.com"). */
  site: string;
  rule: SiteRule | null;
  busy: boolean;
  onSiteRule(rule: SiteRule | null): void;
}

export function SiteControls({ site, rule, busy, onSiteRule }: SiteControlsProps) {
  const t = useT();
  // The site name sits inside the sentence where each language puts it ("On x:", "Sur x :").
  const [before, after = ''] = t('site_on', '\u0000').split('\u0000');
  const button = (value: SiteRule, label: string, hint: string) => (
    <button
      type="button"
      class={`site-rule site-rule-${value}`}
      aria-pressed={rule === value}
      disabled={busy}
      title={hint}
      onClick={() => onSiteRule(rule === value ? null : value)}
    >
      {label}
    </button>
  );
  return (
    <div class="site-controls" role="group" aria-labelledby="site-controls-label">
      <span id="site-controls-label" class="site-label">
        {before}
        <span class="site-name">{site}</span>
        {after}
      </span>
      {button('never', t('site_never'), t('site_never_hint'))}
      {button('always', t('site_always'), t('site_always_hint'))}
    </div>
  );
}
