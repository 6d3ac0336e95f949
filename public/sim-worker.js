/* ECS Planner's simulation Web Worker: the page's own wasm, off the main
 * thread (app/src/worker.rs).
 *
 * Started by the page as a module worker. Its first message is
 * { glue, module }: the URL of the page's wasm-bindgen glue and the page's
 * compiled WebAssembly.Module. Importing the glue and instantiating the
 * module runs the app's start function, which sees no window, installs its
 * own message handler and posts "ready"; every later message is a
 * simulation request. Nothing is fetched but the glue (already cached), and
 * nothing is compiled again. If the glue does not load, "load-failed" tells
 * the page to simulate itself.
 */
self.onmessage = async (event) => {
  self.onmessage = null;
  const { glue, module } = event.data || {};
  try {
    if (typeof glue !== 'string' || new URL(glue, self.location.href).origin !== self.location.origin) {
      throw new Error('the page glue must be same-origin');
    }
    const bindings = await import(glue);
    await bindings.default({ module_or_path: module });
  } catch (error) {
    console.warn('ECS Planner: the simulation worker did not start:', error);
    self.postMessage('load-failed');
  }
};
