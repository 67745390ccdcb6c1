#!/usr/bin/env python3
"""Every ECMA-376 Transitional schema error of every WordprocessingML part of each .docx, for
tests/schema_test.cpp.

usage: ooxml_schema_errors.py VALIDATOR SCHEMA_DIR < FILES   (one .docx path a line on stdin)
VALIDATOR is ooxml_validate.py (kept beside the schemas); its part selection and markup-
compatibility processing (as Word reads) are imported, so both judge a part alike. Prints one line
per error, FILE<TAB>PART<TAB>MESSAGE (every error, without its line number and without the list of
elements the schema expected there, which changes when an edit removes a neighbour such as
w:rsid; so that the errors of an input and of its edited copy can be compared), then a last line
"done". Needs python3-lxml."""
import importlib.util
import sys
import zipfile

from lxml import etree


def main():
    spec = importlib.util.spec_from_file_location('ooxml_validate', sys.argv[1])
    validator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validator)
    schema = etree.XMLSchema(etree.parse(sys.argv[2].rstrip('/') + '/wml.xsd'))
    parser = etree.XMLParser(huge_tree=True)
    for path in (line.rstrip('\n') for line in sys.stdin):
        if not path:
            continue
        try:
            package = zipfile.ZipFile(path)
            parts = validator.parts_to_check(package)
        except Exception as error:  # reported as an error of the file, never skipped
            print('%s\t\tunreadable: %s' % (path, str(error).replace('\n', ' ')))
            continue
        for part in parts:
            root = validator.process_mc(etree.fromstring(package.read(part), parser))
            if schema.validate(root):
                continue
            for error in schema.error_log:
                message = error.message.split(' Expected is ')[0]
                print('%s\t%s\t%s' % (path, part, message.replace('\n', ' ').replace('\t', ' ')))
    print('done')


if __name__ == '__main__':
    main()
