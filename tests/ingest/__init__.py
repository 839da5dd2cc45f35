"""Tests of the ingest stage (finbrief.ingest), one module per source module."""
