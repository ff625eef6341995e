import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, ReOrderDotsVertical20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    // minmax(0, …): an opened item's form wraps inside the list instead of widening it over the next column.
    gridTemplateColumns: '24px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    borderRadius: tokens.borderRadiusMedium,
    outlineOffset: '2px',
  },
  dropTarget: { boxShadow: `0 -3px 0 0 ${tokens.colorBrandStroke1}` },
  dragging: { opacity: 0.5 },
  handle: { display: 'flex', justifyContent: 'center', paddingTop: tokens.spacingVerticalL },
  grip: { cursor: 'grab', color: tokens.colorNeutralForeground3, display: 'flex' },
});

interface Props<T> {
  items: readonly T[];
  keyOf(item: T): number;
  /** What each move button says for screen readers, e.g. "Flyt «Eventuelt» op". */
  labelOf(item: T): string;
  disabled?: boolean;
  /** Items that keep their place (the standing first and last items): no handle, no drop. */
  fixed?(item: T): boolean;
  onMove(from: number, to: number): void;
  /** Renders an item; `moveButtons` (up/down, or nothing for a fixed item) go where the item wants them. */
  children(item: T, moveButtons: ReactNode): ReactNode;
  'aria-label': string;
}

/**
 * A list the user can reorder three ways: drag with the mouse, the up/down buttons, or Alt+↑/↓
 * anywhere inside an item. All three end in the same `onMove`.
 */
export function ReorderList<T>({
  items,
  keyOf,
  labelOf,
  disabled,
  fixed,
  onMove,
  children,
  ...rest
}: Props<T>) {
  const styles = useStyles();
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);

  const isFixed = (index: number) => fixed?.(items[index] as T) ?? false;
  const movable = (from: number, to: number) =>
    !disabled && to >= 0 && to < items.length && to !== from && !isFixed(from) && !isFixed(to);
  // A moved node loses focus when React re-inserts it; give it back so Alt+↓ can be pressed again.
  const refocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = refocus.current;
    refocus.current = null;
    if (element?.isConnected && document.activeElement !== element) element.focus();
  }, [items]);
  const move = (from: number, to: number) => {
    if (!movable(from, to)) return;
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    onMove(from, to);
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  const endDrag = () => {
    setDragFrom(null);
    setDropAt(null);
  };
  const onDrop = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragFrom !== null) move(dragFrom, index);
    endDrag();
  };

  return (
    <ol className={styles.list} aria-label={rest['aria-label']}>
      {items.map((item, index) => (
        <li
          key={keyOf(item)}
          className={mergeClasses(
            styles.item,
            dropAt === index && dragFrom !== index && styles.dropTarget,
            dragFrom === index && styles.dragging,
          )}
          onKeyDown={onKeyDown(index)}
          onDragOver={(e) => {
            if (dragFrom === null || !movable(dragFrom, index)) return;
            e.preventDefault();
            setDropAt(index);
          }}
          onDrop={onDrop(index)}
        >
          <div className={styles.handle}>
            {!disabled && !isFixed(index) && (
              <span
                className={styles.grip}
                draggable
                data-testid="drag-handle"
                title="Træk for at flytte"
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', String(keyOf(item)));
                  setDragFrom(index);
                }}
                onDragEnd={endDrag}
              >
                <ReOrderDotsVertical20Regular aria-hidden />
              </span>
            )}
          </div>
          <div>
            {children(
              item,
              !disabled && !isFixed(index) && (
                <>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<ArrowUp20Regular />}
                    aria-label={`Flyt ${labelOf(item)} op`}
                    aria-keyshortcuts="Alt+ArrowUp"
                    disabled={!movable(index, index - 1)}
                    onClick={() => move(index, index - 1)}
                  />
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<ArrowDown20Regular />}
                    aria-label={`Flyt ${labelOf(item)} ned`}
                    aria-keyshortcuts="Alt+ArrowDown"
                    disabled={!movable(index, index + 1)}
                    onClick={() => move(index, index + 1)}
                  />
                </>
              ),
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
