"""One module per platform: site walking here, pure page parsers beside it (moderngov_parse)."""
