import type { ThemeSetting } from '@roadmap-graph/react';
import { useId } from 'react';

/** Props of {@link ThemeSwitch}. */
export interface ThemeSwitchProps {
  value: ThemeSetting;
  onChange: (setting: ThemeSetting) => void;
}

const CHOICES: { value: ThemeSetting; label: string; icon: string }[] = [
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
  { value: 'auto', label: 'Auto', icon: '◐' },
];

/**
 * Light, dark or auto (the system's setting) as a group of radio buttons: one Tab stop, arrow
 * keys to change, and a screen reader announces "Theme, Dark, 2 of 3".
 */
export function ThemeSwitch({ value, onChange }: ThemeSwitchProps) {
  const name = useId();
  return (
    <fieldset className="site-theme">
      <legend className="site-hidden">Theme</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="site-theme__choice" title={`${choice.label} theme`}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span aria-hidden="true" className="site-theme__icon">
            {choice.icon}
          </span>
          <span className="site-theme__label">{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
