import { useEffect, useRef, useState } from 'preact/hooks';
import { PALETTES, PRACTICE_CATEGORIES, categoryColours, paletteForcesDarkText, HIGHLIGHT_DARK_TEXT, type Palette, type PracticeCategory } from '../../core/categories';
import { t, type MessageKey } from '../../i18n';
import type { Settings, SettingsPatch, SettingsReadStatus } from '../../storage/settings';
import { categoryLabel } from '../labels';
import { addSite, type AddSiteResult } from './sites';
import type { OptionsStore } from './store';

/**
 * Fineprint's options page: automatic detection, the categories highlighted, the palette and the
 * sites where Fineprint stays off. Every change is saved at once; the status line (a polite live
 * region) says "Saved" or why not. Only native controls (checkboxes, radios, a form), so the page
 * works with the keyboard and screen readers as any form does.
 */

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Page text on the swatches: the colour the page's own text usually has, or near-black. */
const SWATCH_TEXT = '#1f2328';

export function OptionsApp({ store }: { store: OptionsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [readStatus, setReadStatus] = useState<SettingsReadStatus>('current');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void store.load().then((loaded) => {
      if (!live) return;
      setSettings(loaded.settings);
      setReadStatus(loaded.dropped > 0 ? 'repaired' : loaded.status);
    });
    const stop = store.watch((next) => live && setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  async function save(patch: SettingsPatch): Promise<boolean> {
    if (!settings) return false;
    setSettings({ ...settings, ...patch } as Settings);
    setStatus({ kind: 'saving' });
    try {
      setSettings(await store.update(patch));
      setStatus({ kind: 'saved' });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      // Show what is really stored, not the change that failed.
      void store.load().then((loaded) => setSettings(loaded.settings));
      return false;
    }
  }

  return (
    <main class="options" data-testid="options" data-ready={settings ? 'true' : 'false'}>
      <header class="options-header">
        <h1>{t('options_title')}</h1>
        <p
          class={`status status-${status.kind}`}
          role="status"
          aria-live="polite"
          data-testid="options-status"
          data-status={status.kind}
        >
          {/* Empty while saving, so that each "Saved" is a change screen readers announce. */}
          {status.kind === 'saved' ? t('options_saved') : status.kind === 'error' ? t('options_save_failed', status.message) : ''}
        </p>
      </header>
      {readStatus === 'repaired' ? <p class="notice">{t('options_notice_repaired')}</p> : null}
      {readStatus === 'newer' ? <p class="notice">{t('options_notice_newer')}</p> : null}
      {settings ? (
        <>
          <AutoDetect value={settings.autoDetect} onChange={(autoDetect) => void save({ autoDetect })} />
          <Categories shown={settings.categoriesShown} palette={settings.palette} onChange={(categoriesShown) => void save({ categoriesShown })} />
          <Palettes value={settings.palette} onChange={(palette) => void save({ palette })} />
          <DisabledSites sites={settings.disabledSites} onChange={(disabledSites) => save({ disabledSites })} />
        </>
      ) : (
        <p>{t('options_loading')}</p>
      )}
    </main>
  );
}

function AutoDetect({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return (
    <section class="card" aria-labelledby="auto-detect-title">
      <h2 id="auto-detect-title">{t('options_detection_title')}</h2>
      <div class="row">
        <input
          type="checkbox"
          role="switch"
          id="auto-detect"
          data-testid="auto-detect"
          checked={value}
          aria-describedby="auto-detect-hint"
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="auto-detect">{t('options_auto_detect')}</label>
      </div>
      <p class="hint" id="auto-detect-hint">
        {t('options_auto_detect_hint')}
      </p>
    </section>
  );
}

function Categories({ shown, palette, onChange }: { shown: readonly PracticeCategory[]; palette: Palette; onChange: (shown: PracticeCategory[]) => void }) {
  const colours = categoryColours(palette);
  const toggle = (category: PracticeCategory, on: boolean) =>
    onChange(PRACTICE_CATEGORIES.filter((c) => (c === category ? on : shown.includes(c))));
  return (
    <section class="card">
      <fieldset>
        <legend>
          <h2>{t('options_categories_title')}</h2>
        </legend>
        <p class="hint">{t('options_categories_hint')}</p>
        <ul class="categories">
          {PRACTICE_CATEGORIES.map((category) => {
            const { label, hint } = categoryLabel(category);
            const id = `category-${category}`;
            return (
              <li key={category} class="row">
                <input
                  type="checkbox"
                  id={id}
                  data-category={category}
                  checked={shown.includes(category)}
                  aria-describedby={`${id}-hint`}
                  onChange={(e) => toggle(category, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span class="swatch" style={{ background: colours[category] }} aria-hidden="true" />
                <span class="label-block">
                  <label for={id}>{label}</label>
                  <span class="hint" id={`${id}-hint`}>
                    {hint}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </section>
  );
}

const PALETTE_TEXT: Record<Palette, { label: MessageKey; hint: MessageKey }> = {
  default: { label: 'options_palette_default', hint: 'options_palette_default_hint' },
  'high-contrast': { label: 'options_palette_high_contrast', hint: 'options_palette_high_contrast_hint' },
};

function Palettes({ value, onChange }: { value: Palette; onChange: (palette: Palette) => void }) {
  return (
    <section class="card">
      <fieldset>
        <legend>
          <h2>{t('options_palette_title')}</h2>
        </legend>
        {PALETTES.map((palette) => {
          const id = `palette-${palette}`;
          const colours = categoryColours(palette);
          const text = paletteForcesDarkText(palette) ? HIGHLIGHT_DARK_TEXT : SWATCH_TEXT;
          return (
            <div key={palette} class="palette">
              <div class="row">
                <input
                  type="radio"
                  name="palette"
                  id={id}
                  value={palette}
                  data-palette={palette}
                  checked={value === palette}
                  aria-describedby={`${id}-hint`}
                  onChange={() => onChange(palette)}
                />
                <span class="label-block">
                  <label for={id}>{t(PALETTE_TEXT[palette].label)}</label>
                  <span class="hint" id={`${id}-hint`}>
                    {t(PALETTE_TEXT[palette].hint)}
                  </span>
                </span>
              </div>
              {/* A preview of highlighted words in each colour; the radio above carries the name. */}
              <ul class="preview" aria-label={t('options_palette_preview', t(PALETTE_TEXT[palette].label))}>
                {PRACTICE_CATEGORIES.map((category) => (
                  <li key={category} class="chip" style={{ background: colours[category], color: text }}>
                    {categoryLabel(category).label}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}

const SITE_ERRORS: Record<Exclude<AddSiteResult, { ok: true }>['reason'], MessageKey> = {
  empty: 'options_sites_error_empty',
  invalid: 'options_sites_error_invalid',
  duplicate: 'options_sites_error_duplicate',
  covered: 'options_sites_error_covered',
};

function DisabledSites({ sites, onChange }: { sites: readonly string[]; onChange: (sites: string[]) => Promise<boolean> }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  async function add(event: Event) {
    event.preventDefault();
    const result = addSite(sites, input);
    if (!result.ok) {
      setError(t(SITE_ERRORS[result.reason], [result.host ?? input.trim(), result.by ?? '']));
      field.current?.focus();
      return;
    }
    setError(null);
    if (await onChange(result.sites)) setInput('');
  }

  async function remove(host: string) {
    await onChange(sites.filter((s) => s !== host));
    // The button that had focus is gone: keep keyboard users in the list's form.
    field.current?.focus();
  }

  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites_title')}</h2>
      <p class="hint" id="sites-hint">
        {t('options_sites_hint')}
      </p>
      <form class="site-form" onSubmit={add} noValidate>
        <label for="site-input">{t('options_sites_input_label')}</label>
        <div class="site-input-row">
          <input
            ref={field}
            id="site-input"
            data-testid="site-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder={t('options_sites_placeholder')}
            value={input}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'sites-hint site-error' : 'sites-hint'}
            onInput={(e) => {
              setInput((e.currentTarget as HTMLInputElement).value);
              if (error) setError(null);
            }}
          />
          <button type="submit" data-testid="site-add">
            {t('options_sites_add')}
          </button>
        </div>
        {error ? (
          <p class="error" id="site-error" role="alert" data-testid="site-error">
            {error}
          </p>
        ) : null}
      </form>
      {sites.length === 0 ? (
        <p class="empty">{t('options_sites_empty')}</p>
      ) : (
        <ul class="sites" aria-labelledby="sites-title" data-testid="sites">
          {sites.map((host) => (
            <li key={host} class="site" data-site={host}>
              <span class="host">{host}</span>
              <button type="button" aria-label={t('options_sites_remove_label', host)} onClick={() => void remove(host)}>
                {t('options_sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
