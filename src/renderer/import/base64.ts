/**
 * Bytes → base64 for `documents:import`, fast enough for a 25 MB file: the native
 * `Uint8Array.prototype.toBase64` where the engine has it, else `btoa` over chunks whose length is a
 * multiple of 3 (so each chunk encodes to a self-contained piece and no padding appears mid-string).
 */

const CHUNK = 3 * 0x4000; // 48 KiB: a multiple of 3, small enough for String.fromCharCode.apply

/** Encode bytes as standard base64 (with padding). */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, Math.min(i + CHUNK, bytes.length));
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

/** Read a picked or dropped file and encode it. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
