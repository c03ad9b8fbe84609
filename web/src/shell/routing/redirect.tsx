import { useEffect } from 'preact/hooks';
import { navigate } from './navigation';

/** Replaces the address by another page, e.g. the sign-in page once signed in. */
export const Redirect = ({ to }: { to: string }) => {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
};
