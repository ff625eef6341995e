import { toPng, toSvg } from 'html-to-image';
import type { MatrixGeometry } from '../../../../shared/domain';
import { TITLE_HEIGHT } from './MatrixBackground';

const MARGIN = 24;

/**
 * Renders the whole matrix (title, legend, every cell) at scale 1 regardless of the current
 * zoom, so the picture is the same whoever takes it. PNG at twice the pixels for print.
 */
export async function matrixPicture(
  viewport: HTMLElement,
  geometry: MatrixGeometry,
  format: 'png' | 'svg',
): Promise<string> {
  const width = geometry.width + 2 * MARGIN;
  const height = geometry.height + TITLE_HEIGHT + 2 * MARGIN;
  const options = {
    width,
    height,
    backgroundColor: '#ffffff',
    style: {
      width: `${String(width)}px`,
      height: `${String(height)}px`,
      transform: `translate(${String(MARGIN)}px, ${String(TITLE_HEIGHT + MARGIN)}px) scale(1)`,
    },
  };
  return format === 'png' ? toPng(viewport, { ...options, pixelRatio: 2 }) : toSvg(viewport, options);
}
