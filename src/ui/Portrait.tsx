import { useEffect, useRef } from 'react';
import { drawPortrait, loadSheet } from './sheet';

interface Props {
  sprite: number;
  size?: number;
  colour: string;
  /** Accessible name (the agent's). */
  label: string;
}

/** A pixel portrait cut from the character sheet, on the agent's colour. */
export function Portrait({ sprite, size = 36, colour, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    loadSheet()
      .then((img) => {
        if (live && ref.current) drawPortrait(ref.current, img, sprite);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [sprite]);
  return (
    <span className="portrait" style={{ width: size, height: size, background: colour }}>
      <canvas ref={ref} width={40} height={40} role="img" aria-label={label} />
    </span>
  );
}
