//! Plain text: the whole file is one verbatim segment.

use super::{Escape, Segment};

#[must_use]
pub fn segments(source: &str) -> Vec<Segment<'_>> {
    vec![Segment::verbatim(source, 0..source.len(), Escape::None)]
}

/// Plain text as a document (no comments, so no directives).
#[must_use]
pub fn parse(source: &str) -> super::Document<'_> {
    super::Document {
        source,
        segments: segments(source),
        directives: Vec::new(),
    }
}
