import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

type Props = {
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder?: string;
  description?: string;
};

/** Typing waits 350 ms before searching; the URL (and so the back button) follows the settled text. */
export function SearchBox({ value, onSearch, label, placeholder, description }: Props) {
  const [text, setText] = useState(value);
  const push = useDebouncedCallback((v: string) => onSearch(v.trim()), 350);

  // Back/forward changes the URL: show what the URL now says unless it only differs by spaces.
  useEffect(() => {
    setText((cur) => (cur.trim() === value ? cur : value));
  }, [value]);

  return (
    <TextInput
      type="search"
      label={label}
      description={description}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        push(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') push.flush();
      }}
      maxLength={100}
    />
  );
}
