//! Provider schemas (see issue 3). Placeholder.
