/** The library search field: Esc clears, ↓ moves into the results. */
import type { Ref } from 'react';

export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** ↓ pressed: move focus to the first result. */
  onArrowDown(): void;
  searching: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** `<input type=search>` labelled for assistive technology; focus it from anywhere with "/". */
export function SearchBox({ value, onChange, onArrowDown, searching, inputRef }: SearchBoxProps) {
  return (
    <div className={`search-box${searching ? ' searching' : ''}`} role="search">
      <label htmlFor="library-search" className="visually-hidden">
        Search documents
      </label>
      <input
        id="library-search"
        ref={inputRef}
        type="search"
        placeholder="Search titles and text  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            e.stopPropagation();
            onChange('');
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          }
        }}
      />
    </div>
  );
}
