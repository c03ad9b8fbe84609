import { useEffect, useRef } from 'preact/hooks';

/**
 * A pad to sign on with a finger, a stylus or the mouse (pointer events, so touch and mouse alike). It is optional:
 * the typed name beside it is the signature a keyboard or a screen reader gives. `onDrawing` receives the drawing
 * as a PNG data URL after each stroke, or undefined once cleared.
 */
export const SignaturePad = ({
  label,
  clearLabel,
  onDrawing,
}: {
  label: string;
  clearLabel: string;
  onDrawing: (drawing: string | undefined) => void;
}) => {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    element.width = Math.min(element.clientWidth || 320, 600);
    element.height = 160;
  }, []);

  const context = () => {
    const pen = canvas.current?.getContext('2d');
    if (pen) {
      pen.lineWidth = 2.5;
      pen.lineCap = 'round';
      pen.lineJoin = 'round';
      pen.strokeStyle = '#111';
    }
    return pen;
  };
  const at = (event: PointerEvent) => {
    const box = (event.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    const element = canvas.current as HTMLCanvasElement;
    return {
      x: ((event.clientX - box.left) * element.width) / box.width,
      y: ((event.clientY - box.top) * element.height) / box.height,
    };
  };
  const start = (event: PointerEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLCanvasElement).setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const pen = context();
    const { x, y } = at(event);
    pen?.beginPath();
    pen?.moveTo(x, y);
    pen?.lineTo(x + 0.1, y + 0.1);
    pen?.stroke();
  };
  const move = (event: PointerEvent) => {
    if (!drawing.current) return;
    event.preventDefault();
    const pen = context();
    const { x, y } = at(event);
    pen?.lineTo(x, y);
    pen?.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onDrawing(canvas.current?.toDataURL('image/png'));
  };
  const clear = () => {
    const element = canvas.current;
    element?.getContext('2d')?.clearRect(0, 0, element.width, element.height);
    onDrawing(undefined);
  };

  return (
    <div class="field loans-signature">
      <span id="signature-pad-label">{label}</span>
      <canvas
        ref={canvas}
        class="loans-signature__pad"
        role="img"
        aria-labelledby="signature-pad-label"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onPointerLeave={end}
      />
      <button type="button" class="button button--secondary" onClick={clear}>
        {clearLabel}
      </button>
    </div>
  );
};
