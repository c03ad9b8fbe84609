import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { type PlaceKind, placeKinds } from '#domain/places/place';
import type { PlaceFilters as Filters } from '../api';
import type { Format } from '../shell/i18n/format';

interface PlaceFiltersProps {
  filters: Filters;
  sites: readonly string[];
  format: Format;
  onChange: (filters: Filters) => void;
  /** Filters of the page's own, first (the name filter of the list). */
  children?: ComponentChildren;
}

/** Narrows the list by kind and site (and name); each change applies at once, so there is no submit button. */
export const PlaceFilters = ({ filters, sites, format, onChange, children }: PlaceFiltersProps) => {
  const kindId = useId();
  const siteId = useId();
  const { messages } = format;
  const change = (name: keyof Filters, value: string) => {
    const { [name]: _previous, ...others } = filters;
    onChange(value ? { ...others, [name]: value } : others);
  };
  return (
    <search class="filters" aria-label={messages.placesFilters}>
      {children}
      <div class="filters__field">
        <label for={kindId}>{messages.kindFilter}</label>
        <select
          id={kindId}
          value={filters.kind ?? ''}
          onChange={(event) => change('kind', event.currentTarget.value)}
        >
          <option value="">{messages.allKinds}</option>
          {placeKinds.map((kind: PlaceKind) => (
            <option key={kind} value={kind}>
              {format.kind(kind)}
            </option>
          ))}
        </select>
      </div>
      <div class="filters__field">
        <label for={siteId}>{messages.siteFilter}</label>
        <select
          id={siteId}
          value={filters.site ?? ''}
          onChange={(event) => change('site', event.currentTarget.value)}
        >
          <option value="">{messages.allSites}</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
};
