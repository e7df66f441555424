import { useId, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: ReactNode;
}

interface TabsProps<T extends string> {
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect(id: NoInfer<T>): void;
  /** Names the tab strip ("Inspector"). */
  label: string;
  /** Classes of the strip besides `tabs`. */
  className?: string;
  /** Each tab's `data-testid` is this followed by its id. */
  testIdPrefix?: string;
  panelClassName?: string;
  panelTestId?: string;
  /** A new key remounts the panel (fresh state for another tab or person). */
  panelKey?: string;
  /** The selected tab's content. */
  children: ReactNode;
}

/**
 * A tab strip and its panel: the selected tab is marked (`aria-selected`, class `is-on`) and is
 * the one Tab stops on; ←/→ move to the previous/next tab, Home/End to the first/last.
 */
export function Tabs<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  className,
  testIdPrefix,
  panelClassName,
  panelTestId,
  panelKey,
  children,
}: TabsProps<T>) {
  const base = useId();
  const tabId = (id: T) => `${base}-tab-${id}`;
  const panelId = `${base}-panel`;

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = nextTab(e.key, index, tabs.length);
    if (next === null) return;
    e.preventDefault();
    // Arrows must not also pan the map or scrub a replay.
    e.stopPropagation();
    onSelect(tabs[next].id);
    const strip = e.currentTarget.parentElement;
    strip?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };

  return (
    <>
      <nav className={className ? `tabs ${className}` : 'tabs'} role="tablist" aria-label={label}>
        {tabs.map((t, i) => {
          const on = t.id === selected;
          return (
            <button
              key={t.id}
              id={tabId(t.id)}
              type="button"
              role="tab"
              aria-selected={on}
              aria-controls={panelId}
              tabIndex={on ? 0 : -1}
              className={on ? 'is-on' : undefined}
              onClick={() => onSelect(t.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
              data-testid={testIdPrefix === undefined ? undefined : `${testIdPrefix}${t.id}`}
            >
              {t.label}
            </button>
          );
        })}
      </nav>
      <div
        key={panelKey}
        id={panelId}
        className={panelClassName}
        role="tabpanel"
        aria-labelledby={tabId(selected)}
        data-testid={panelTestId}
      >
        {children}
      </div>
    </>
  );
}

/** The tab a key moves to from `index` of `count`, or null for a key tabs do not use. */
export function nextTab(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
