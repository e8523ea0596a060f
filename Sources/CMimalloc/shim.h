// Linking libmimalloc replaces malloc and free for the whole process (its shared
// library exports them, and the executable names it before libc). Only the pubgen
// executable links it; libraries and tests keep the system allocator.
#include <mimalloc.h>
