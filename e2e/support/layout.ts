import type { Locator } from '@playwright/test';

/** The fields whose box is not wholly inside `container` (a dialog, a panel): run past its edge, they are cut off. */
export async function fieldsOutside(container: Locator, fields: Record<string, Locator>): Promise<string[]> {
  const surface = await container.boundingBox();
  if (!surface) throw new Error('The dialog or panel is not shown.');
  const outside: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const box = await field.boundingBox();
    if (
      !box ||
      box.x < surface.x ||
      box.y < surface.y ||
      box.x + box.width > surface.x + surface.width ||
      box.y + box.height > surface.y + surface.height
    )
      outside.push(name);
  }
  return outside;
}

/**
 * The texts of the cells in `table` whose content is wider than the cell: with the fixed table
 * layout such text runs into the next column. Overflow a cell hides on purpose (an ellipsis) counts too.
 */
export async function cellsOverflowing(table: Locator): Promise<string[]> {
  return table
    .locator('td, th, [role=cell], [role=columnheader]')
    .evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent ?? ''),
    );
}
