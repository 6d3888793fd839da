//! Plain text: the whole file is one verbatim segment.

use std::borrow::Cow;

use super::{Document, Segment};
use crate::text::OffsetMap;

#[must_use]
pub fn parse(source: &str) -> Document<'_> {
    Document {
        source,
        segments: vec![Segment {
            text: Cow::Borrowed(source),
            map: OffsetMap::shifted(0),
        }],
    }
}
