#!/usr/bin/env python3
"""Write the libFuzzer dictionary: the grammar's keywords, the words the
replay looks for in lib/*.c, directive comments and quoting.
Usage: make_dict.py ROOT OUT.dict"""
import glob
import os
import re
import sys

OPERATOR_TOKENS = {'ID', 'ILLEGAL', 'SEMI', 'OP', 'EQ', 'NE', 'LT', 'GT', 'LE', 'GE', 'PLUS',
                   'MINUS', 'STAR', 'SLASH', 'PERCENT', 'CARET', 'CONCAT', 'UMINUS', 'DOT',
                   'COMMA', 'LP', 'RP'}
EXTRA = ['-- schemadrift:ignore reason\n', '-- +goose Up\n', '-- +goose Down\n',
         '-- +goose StatementBegin\n', '-- +goose StatementEnd\n', '-- +goose NO TRANSACTION\n',
         '-- migrate:up\n', '-- migrate:down\n', '$$', '$body$', '::', "E'", 'U&"', '/*', '*/',
         '--', '\\i ', '[', ']', '`', '"', "'", ';', '(', ')', 'BEGIN ATOMIC', 'SERIAL',
         'VARCHAR(', 'TIMESTAMPTZ', 'NOW()', 'NEXTVAL(', 'WITHOUT ROWID']


def main():
    root, out = sys.argv[1], sys.argv[2]
    words = set()
    with open(os.path.join(root, 'grammar', 'sd_parse.y')) as f:
        grammar = f.read()
    for m in re.finditer(r'^%(?:token|fallback|left|right|nonassoc)\s+([^.]*)\.', grammar, re.M):
        words.update(w for w in m.group(1).split() if w.isupper() and w not in OPERATOR_TOKENS)
    for path in glob.glob(os.path.join(root, 'lib', '*.c')):
        with open(path) as f:
            words.update(m.group(1).upper() for m in
                         re.finditer(r'(?:tok_is|is_kw)\([^,]+,\s*"([a-z_]+)"\)', f.read()))
    with open(out, 'w') as f:
        for w in sorted(words) + EXTRA:
            esc = w.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\x0a')
            f.write('"%s"\n' % esc)


if __name__ == '__main__':
    main()
