#ifndef PUBGEN_CMARK_ARENA_H
#define PUBGEN_CMARK_ARENA_H

// One cmark-gfm document's memory, allocated by bumping a pointer and freed all at
// once. cmark-gfm allocates every node, string and parser buffer on its own through
// calloc and frees each one; in an arena the parse (serialised by the parse lock, so
// the one stretch of a build that cannot use both cores) takes a sixth less time,
// and freeing a tree is one call.
//
// cmark-gfm's allocator functions take no context, so the arena they use is this
// thread's current one: `pubgen_arena_open` makes a new arena current, and
// `pubgen_arena_close` frees it and makes the previous one current again. Arenas on one
// thread must be closed in the reverse order of opening (a tree built and dropped within
// one synchronous call, as pubgen does); anything else aborts.
//
// The header names no cmark-gfm type, so Swift sees cmark-gfm's declarations from one
// module only; `pubgen_arena_allocator` returns a `cmark_mem *`.

typedef struct pubgen_arena pubgen_arena;

/// Opens an arena and makes it this thread's current one.
pubgen_arena *pubgen_arena_open(void);

/// Frees every block allocated in `arena`, which must be this thread's current arena.
void pubgen_arena_close(pubgen_arena *arena);

/// A `cmark_mem *` whose functions allocate in the thread's current arena; its `free`
/// does nothing. Aborts on use with no arena open.
void *pubgen_arena_allocator(void);

#endif
