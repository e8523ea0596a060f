#include "cmark_output.h"

#include <cmark-gfm.h>
#include <stdio.h>
#include <stdlib.h>

enum {
    // What the buffer starts at: more than most articles' HTML.
    INITIAL_CAPACITY = 64 * 1024,
    // A buffer grown past this for one huge document is given back after it.
    KEPT_CAPACITY = 1024 * 1024,
};

// This thread's buffer; `in_use` while a render owns it.
static _Thread_local struct {
    unsigned char *data;
    size_t capacity;
    int in_use;
} buffer;

static void fail(void) {
    fprintf(stderr, "pubgen: out of memory rendering Markdown\n");
    abort();
}

static void *checked(void *pointer) {
    if (!pointer) fail();
    return pointer;
}

static void *output_calloc(size_t count, size_t size) { return checked(calloc(count, size)); }

static void *output_realloc(void *pointer, size_t size) {
    if (!pointer) {
        if (buffer.in_use) return checked(malloc(size));
        if (buffer.capacity < size) {
            free(buffer.data);
            buffer.capacity = size > INITIAL_CAPACITY ? size : INITIAL_CAPACITY;
            buffer.data = checked(malloc(buffer.capacity));
        }
        buffer.in_use = 1;
        return buffer.data;
    }
    if (pointer != buffer.data) return checked(realloc(pointer, size));
    if (size > buffer.capacity) {
        size_t doubled = buffer.capacity * 2;
        buffer.capacity = size > doubled ? size : doubled;
        buffer.data = checked(realloc(buffer.data, buffer.capacity));
    }
    return buffer.data;
}

void pubgen_output_free(void *pointer) {
    if (!pointer || pointer != buffer.data) {
        free(pointer);
        return;
    }
    buffer.in_use = 0;
    if (buffer.capacity > KEPT_CAPACITY) {
        free(buffer.data);
        buffer.data = NULL;
        buffer.capacity = 0;
    }
}

static cmark_mem allocator = {output_calloc, output_realloc, pubgen_output_free};

void *pubgen_output_allocator(void) { return &allocator; }
