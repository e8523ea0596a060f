#include "pubgen_xml.h"
#include "pubgen_xml_init.h"

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <string.h>

struct issue_sink {
    void *context;
    pubgen_html_issue_fn on_issue;
};

static void structured_error(void *user, xmlErrorPtr error) {
    struct issue_sink *sink = user;
    if (sink->on_issue == NULL || error == NULL) return;
    const char *message = error->message ? error->message : "unknown problem";
    sink->on_issue(sink->context, error->line, error->level >= XML_ERR_ERROR, message);
}

static void walk(xmlNodePtr node, void *context, pubgen_html_ref_fn on_ref) {
    for (; node != NULL; node = node->next) {
        if (node->type == XML_ELEMENT_NODE) {
            for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next) {
                int kind = -1;
                if (xmlStrcasecmp(attr->name, BAD_CAST "id") == 0) kind = 0;
                else if (xmlStrcasecmp(attr->name, BAD_CAST "href") == 0) kind = 1;
                else if (xmlStrcasecmp(attr->name, BAD_CAST "src") == 0) kind = 2;
                if (kind < 0) continue;
                xmlChar *value = xmlNodeListGetString(node->doc, attr->children, 1);
                on_ref(context, kind, (int)xmlGetLineNo(node), value ? (const char *)value : "");
                if (value) xmlFree(value);
            }
        }
        walk(node->children, context, on_ref);
    }
}

int pubgen_html_inspect(const char *html, size_t length, void *context,
                        pubgen_html_issue_fn on_issue, pubgen_html_ref_fn on_ref) {
    pubgen_xml_initialize();
    struct issue_sink sink = { context, on_issue };
    htmlParserCtxtPtr parser = htmlNewParserCtxt();
    if (parser == NULL) return -1;
    xmlSetStructuredErrorFunc(&sink, structured_error);
    htmlDocPtr doc = htmlCtxtReadMemory(parser, html, (int)length, "page.html", "UTF-8",
                                        HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
    xmlSetStructuredErrorFunc(NULL, NULL);
    int result = -1;
    if (doc != NULL) {
        if (on_ref) walk(xmlDocGetRootElement(doc) ? doc->children : NULL, context, on_ref);
        xmlFreeDoc(doc);
        result = 0;
    }
    htmlFreeParserCtxt(parser);
    return result;
}

int pubgen_xml_check(const char *xml, size_t length, void *context, pubgen_html_issue_fn on_issue) {
    pubgen_xml_initialize();
    struct issue_sink sink = { context, on_issue };
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser == NULL) return -1;
    xmlSetStructuredErrorFunc(&sink, structured_error);
    xmlDocPtr doc = xmlCtxtReadMemory(parser, xml, (int)length, "document.xml", "UTF-8", XML_PARSE_NONET);
    xmlSetStructuredErrorFunc(NULL, NULL);
    int result = (doc != NULL && parser->wellFormed) ? 0 : -1;
    if (doc) xmlFreeDoc(doc);
    xmlFreeParserCtxt(parser);
    return result;
}
