#include "pubgen_xml_init.h"

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <pthread.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void initialize(void) {
    xmlInitParser();
}

/* libxml2 2.9 initialises its globals lazily, and two threads doing so at once can
   deadlock in xmlRMutexLock (seen here: htmlNewParserCtxt → xmlDictCreate →
   __xmlRandom). Every entry point of this shim calls this first. */
void pubgen_xml_initialize(void) {
    pthread_once(&once, initialize);
}
