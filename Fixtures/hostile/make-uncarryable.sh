#!/bin/sh
# Adds to a copy of Fixtures/hostile/content the files git cannot carry faithfully:
# invalid bytes, names that differ only in Unicode normalisation, a newline in a
# name, a FIFO, and symbolic links out of the folder, dangling and in a loop.
# Usage: make-uncarryable.sh CONTENT_DIR   (never run it on the fixture itself)
set -eu
dir=${1:?usage: make-uncarryable.sh CONTENT_DIR}
cd "$dir"
# Invalid UTF-8 after valid front matter (0xC3 0x28 is a broken two-byte sequence).
printf -- '---\ntitle: "Bad bytes"\npublish_date: 2025-01-02\n---\n\nBody \303\050 here.\n' > invalid-utf8.md
# A PNG header saved as .md.
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' > binary.md
# café.md twice: precomposed é (NFC) and e + combining acute (NFD).
printf -- '---\ntitle: "Caf\303\251 NFC"\npublish_date: 2025-01-02\n---\n\nBody.\n' > "$(printf 'caf\303\251.md')"
printf -- '---\ntitle: "Caf\303\251 NFD"\npublish_date: 2025-01-02\n---\n\nBody.\n' > "$(printf 'cafe\314\201.md')"
# A newline inside a file name.
printf -- '---\ntitle: "A line break in the name"\npublish_date: 2025-01-02\n---\n\n[x](javascript:alert(1))\n' > "$(printf 'line\nbreak.md')"
# A FIFO: reading it would block for ever.
mkfifo fifo.md
# Symbolic links: a file and a folder outside, a dangling one, and a loop.
ln -s /etc/passwd passwd.md
ln -s /etc etc
ln -s nowhere.md dangling.md
mkdir loop
ln -s .. loop/again
