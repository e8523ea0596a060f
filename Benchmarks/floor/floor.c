/*
 * floor: the least work a Markdown-to-HTML site build can do, as a baseline for pubgen.
 *
 *     floor CONTENT OUT
 *
 * For every *.md file directly in CONTENT (sorted by name): read it, skip the front
 * matter (from a first line "---" to the next "---" line), parse the body with
 * cmark-gfm (table, strikethrough, autolink, tasklist and tagfilter extensions,
 * footnotes and smart punctuation, the options pubgen uses) and write the HTML to
 * OUT/<name>.html. One thread, no templates, no index, no feed.
 *
 * Built by Benchmarks/bench.py:
 *     cc -O2 -o floor floor.c $(pkg-config --cflags --libs libcmark-gfm)
 * Prints "N files" on stdout; exits 1 on any I/O or parse failure.
 */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const EXTENSIONS[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};
#define EXTENSION_COUNT (sizeof EXTENSIONS / sizeof EXTENSIONS[0])

static int has_md_suffix(const char *name) {
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".md") == 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads a whole file; returns a malloc'd buffer (NUL-terminated) and its length. */
static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t capacity = 16384, used = 0;
    char *buffer = malloc(capacity);
    for (;;) {
        if (used + 1 >= capacity) {
            capacity *= 2;
            buffer = realloc(buffer, capacity);
        }
        size_t got = fread(buffer + used, 1, capacity - used - 1, f);
        used += got;
        if (got == 0) break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buffer);
        return NULL;
    }
    buffer[used] = '\0';
    *length = used;
    return buffer;
}

/* Is the line starting at p (ending before end or at '\n') exactly "---" (CR allowed)? */
static int is_fence(const char *p, const char *end) {
    if (end - p < 3 || memcmp(p, "---", 3) != 0) return 0;
    p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
    return p == end || *p == '\n';
}

/* Offset of the body: just after the second "---" line, or 0 without front matter. */
static size_t body_offset(const char *text, size_t length) {
    const char *end = text + length;
    const char *p = text;
    if (length >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF) p += 3;
    if (!is_fence(p, end)) return 0;
    p = memchr(p, '\n', (size_t)(end - p));
    while (p && ++p < end) {
        if (is_fence(p, end)) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            return nl ? (size_t)(nl + 1 - text) : length;
        }
        p = memchr(p, '\n', (size_t)(end - p));
    }
    return 0; /* no closing fence: render everything */
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: floor CONTENT OUT\n");
        return 64;
    }
    const char *content = argv[1], *out = argv[2];
    if (mkdir(out, 0755) != 0 && errno != EEXIST) {
        perror(out);
        return 1;
    }

    DIR *dir = opendir(content);
    if (!dir) {
        perror(content);
        return 1;
    }
    size_t count = 0, capacity = 1024;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.' || !has_md_suffix(entry->d_name)) continue;
        if (count == capacity) names = realloc(names, (capacity *= 2) * sizeof *names);
        names[count++] = strdup(entry->d_name);
    }
    closedir(dir);
    qsort(names, count, sizeof *names, by_name);

    cmark_gfm_core_extensions_ensure_registered();
    const int parse_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;
    const int render_options = CMARK_OPT_FOOTNOTES;
    cmark_syntax_extension *extensions[EXTENSION_COUNT];
    for (size_t i = 0; i < EXTENSION_COUNT; i++) {
        extensions[i] = cmark_find_syntax_extension(EXTENSIONS[i]);
        if (!extensions[i]) {
            fprintf(stderr, "floor: cmark-gfm extension '%s' is missing\n", EXTENSIONS[i]);
            return 1;
        }
    }

    char path[4096];
    for (size_t i = 0; i < count; i++) {
        snprintf(path, sizeof path, "%s/%s", content, names[i]);
        size_t length = 0;
        char *text = read_file(path, &length);
        if (!text) {
            perror(path);
            return 1;
        }
        size_t offset = body_offset(text, length);

        cmark_parser *parser = cmark_parser_new(parse_options);
        for (size_t e = 0; e < EXTENSION_COUNT; e++) cmark_parser_attach_syntax_extension(parser, extensions[e]);
        cmark_parser_feed(parser, text + offset, length - offset);
        cmark_node *document = cmark_parser_finish(parser);
        if (!document) {
            fprintf(stderr, "floor: %s: parse failed\n", path);
            return 1;
        }
        char *html = cmark_render_html(document, render_options, cmark_parser_get_syntax_extensions(parser));

        size_t stem = strlen(names[i]) - 3;
        snprintf(path, sizeof path, "%s/%.*s.html", out, (int)stem, names[i]);
        FILE *f = fopen(path, "wb");
        size_t html_length = strlen(html);
        if (!f || fwrite(html, 1, html_length, f) != html_length || fclose(f) != 0) {
            perror(path);
            return 1;
        }

        cmark_get_default_mem_allocator()->free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
        free(text);
        free(names[i]);
    }
    free(names);
    printf("%zu files\n", count);
    return 0;
}
