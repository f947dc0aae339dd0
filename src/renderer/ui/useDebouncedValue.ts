/** A value that follows its input after `delay` ms of quiet. */
import { useEffect, useState } from 'react';

/** Returns `value` once it has stopped changing for `delay` ms (immediately when delay is 0). */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delay <= 0) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
