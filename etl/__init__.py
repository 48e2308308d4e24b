"""The loader: pure stages over frozen dataclasses, then one load step that touches the DB.

    read/      find the files, read bytes, decode, repair the text; read the reference lists
    parse/     segment a document: header, body, comment thread, dossier rows
    extract/   mentions, relations, events and claims of each document and dossier row
    resolve/   fold one event's reports within a document; match events across documents
    validate   spans inside the text, vocabulary among the models' choices, sizes, dates
    load/      one transaction per file through the app services; staleness
    pipeline   the whole flow, one file at a time; keys: every natural key; records/: the types

Dependencies point one way: etl -> apps -> Django (apps/ never imports etl/).
"""
