import Phaser from 'phaser';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

/** The WebGL renderer's name, or null when WebGL is unavailable. */
function webglRendererName(): string | null {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(
    info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/**
 * Chooses Phaser's renderer: WebGL on a real GPU; Canvas when WebGL is emulated in software
 * (SwiftShader, llvmpipe), where Canvas 2D draws this pixel-art map several times faster.
 * `?renderer=webgl|canvas` overrides.
 */
export function pickRenderer(search: string): number {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'canvas') return Phaser.CANVAS;
  if (forced === 'webgl') return Phaser.WEBGL;
  const name = webglRendererName();
  if (name === null) return Phaser.CANVAS;
  return SOFTWARE_GL.test(name) ? Phaser.CANVAS : Phaser.AUTO;
}
