/* ring.c: a fixed-size ring buffer of bytes. */
#include <stdint.h>
#include <stdio.h>
#include "ring.h"

#define RING_SIZE 0x100u
#define WRAP(i) ((i) & (RING_SIZE - 1))

typedef struct ring {
    uint8_t data[RING_SIZE];
    size_t head, tail;
} ring_t;

static const char *const names[] = {"empty", "partial", "full\t(max)"};

// Returns the number of bytes stored.
static inline size_t ring_count(const ring_t *r) {
    return r->head - r->tail;
}

int ring_push(ring_t *r, uint8_t byte) {
    if (ring_count(r) == RING_SIZE) {
        return -1;
    }
    r->data[WRAP(r->head++)] = byte;
    return 0;
}

int ring_pop(ring_t *r, uint8_t *out) {
    if (r->head == r->tail || out == NULL) return -1;
    *out = r->data[WRAP(r->tail++)];
    return 0;
}

int main(void) {
    ring_t ring = {0};
    for (int i = 0; i < 300; i++) {
        ring_push(&ring, (uint8_t)(i * 7));
    }
    uint8_t b;
    double load = ring_count(&ring) / (double)RING_SIZE * 1.5e2;
    while (ring_pop(&ring, &b) == 0 && b != '\0') {
        printf("%u%c", b, b % 16 == 15 ? '\n' : ' ');
    }
    printf("load %.1f%% (%s)\n", load, names[2]);
    return 0;
}
