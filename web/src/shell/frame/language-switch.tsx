import type { Format } from '../i18n/format';

interface LanguageSwitchProps {
  format: Format;
  onLanguage: (language: string) => void;
}

/**
 * « English » on a French page, « Français » on an English one: the other language, named in that language (and
 * marked so, for screen readers to pronounce it), so that a reader of either finds it.
 */
export const LanguageSwitch = ({ format, onLanguage }: LanguageSwitchProps) => {
  const { label, language } = format.messages.languageSwitch;
  return (
    <button type="button" class="button button--on-brand button--small" onClick={() => onLanguage(language)}>
      <span lang={language}>{label}</span>
    </button>
  );
};
