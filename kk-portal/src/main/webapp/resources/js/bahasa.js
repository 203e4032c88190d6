/*
 * PrimeFaces ships its Indonesian texts as the locale "in" (Java's old code for Indonesian); the
 * portal's pages use "id". Loaded after PrimeFaces' locales/locale-in.js, before any widget starts.
 */
if (window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales['in']) {
  PrimeFaces.locales['id'] = PrimeFaces.locales['in'];
}
