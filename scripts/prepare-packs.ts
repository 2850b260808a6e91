/**
 * Hook point for `npm start`: the demo lesson packs (packs/) will be built and signed here,
 * before the server starts serving them. It does nothing until the pack tools land.
 */
export async function preparePacks(): Promise<void> {}
