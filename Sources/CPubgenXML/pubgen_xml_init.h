#ifndef PUBGEN_XML_INIT_H
#define PUBGEN_XML_INIT_H

/* Initialises libxml2 exactly once, before any thread uses it. */
void pubgen_xml_initialize(void);

#endif
