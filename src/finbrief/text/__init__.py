"""Text primitives every layer may use (the document model included): Chinese script views and
sentence spans. Nothing here reads files or knows a stage."""
