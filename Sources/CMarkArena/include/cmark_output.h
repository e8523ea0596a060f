#ifndef PUBGEN_CMARK_OUTPUT_H
#define PUBGEN_CMARK_OUTPUT_H

// An allocator for cmark-gfm's rendered output. The renderer appends to one buffer and
// grows it by `realloc`, half again each time: with the heap's allocator, each step
// copied the HTML so far into fresh memory, and a build's body HTML was copied about
// twice more than written. Here the first buffer a render asks for is this thread's
// output buffer, kept from one document to the next: large enough after the first few,
// it grows in place, and is still in the cache when the next document is rendered.
//
// Other blocks (the renderer's small lists, a second buffer while the first is in use)
// come from the heap as usual. Free what a render returns with `pubgen_output_free`, on
// the thread that rendered it (pubgen renders and frees within one synchronous call).
// A thread's buffer (up to 1 MB) lives as long as the thread: pubgen's worker threads
// last the whole process.
// The header names no cmark-gfm type; `pubgen_output_allocator` returns a `cmark_mem *`.

/// A `cmark_mem *` whose first buffer per render is the thread's reusable one.
void *pubgen_output_allocator(void);

/// Frees `pointer`, a render's result: the thread's buffer is kept for the next render.
void pubgen_output_free(void *pointer);

#endif
