#ifndef PUBGEN_XML_H
#define PUBGEN_XML_H

/*
 * pubgen's only door into libxml2. The header names no libxml2 type on purpose:
 * Debian's libxml2 headers pull in ICU, whose types clash with Foundation's copy,
 * so Swift imports this header and never libxml2's own.
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* MARK: - Writing XML (xmlTextWriter into a memory buffer) */

typedef struct pubgen_xml_writer pubgen_xml_writer;

/* Returns NULL when libxml2 cannot allocate the writer. */
pubgen_xml_writer *pubgen_xml_writer_create(int indent);
void pubgen_xml_writer_free(pubgen_xml_writer *writer);

/* Every call returns 0 on success and -1 on failure (libxml2's own convention). */
int pubgen_xml_start_document(pubgen_xml_writer *writer);
int pubgen_xml_start_element(pubgen_xml_writer *writer, const char *name);
int pubgen_xml_attribute(pubgen_xml_writer *writer, const char *name, const char *value);
int pubgen_xml_text(pubgen_xml_writer *writer, const char *text);
/* Writes text as CDATA, splitting any "]]>" so the section stays well-formed. */
int pubgen_xml_cdata(pubgen_xml_writer *writer, const char *text);
int pubgen_xml_end_element(pubgen_xml_writer *writer);
int pubgen_xml_end_document(pubgen_xml_writer *writer);

/* The bytes written so far; valid until the writer is freed. Flushes first. */
const char *pubgen_xml_writer_bytes(pubgen_xml_writer *writer, size_t *length);

/* MARK: - Reading HTML (libxml2's HTML parser) */

/* Called once per problem the HTML parser reports, with its 1-based line. */
typedef void (*pubgen_html_issue_fn)(void *context, int line, int is_error, const char *message);
/* Called once per element attribute of interest: kind 0 = id, 1 = href, 2 = src. */
typedef void (*pubgen_html_ref_fn)(void *context, int kind, int line, const char *value);

/* Parses an HTML fragment or document and reports issues and ids/hrefs/srcs.
   Returns 0 when the parser produced a tree, -1 otherwise. */
int pubgen_html_inspect(const char *html, size_t length, void *context,
                        pubgen_html_issue_fn on_issue, pubgen_html_ref_fn on_ref);

/* Parses an XML document; returns 0 when well-formed. Reports the first errors
   through on_issue (for checks of our own output). */
int pubgen_xml_check(const char *xml, size_t length, void *context, pubgen_html_issue_fn on_issue);

#ifdef __cplusplus
}
#endif

#endif
