# The fuzz targets: NAME builds tests/fuzz/NAME_fuzz.cc, unless
# DYAD_FUZZ_SOURCE_NAME names another source. Included by tests/fuzz (the
# fuzz build) and by tests/ (the CTest entries that run them).
set(DYAD_FUZZ_TARGETS text_reader html_reader jsonl_reader segmenter_tokenizer coder_sentence
    dict_dyad dict_petrarch dict_tabari store_writer)
# PETRARCH and TABARI dictionaries go through one loader: one source, two
# targets, two corpora.
set(DYAD_FUZZ_SOURCE_dict_tabari dict_petrarch_fuzz.cc)
