//! Input formats: each turns a file into text segments with offset maps back to the file's
//! bytes, so spans, line/columns and fixes are exact in the original. Plain text is one
//! verbatim segment; structured formats add their own readers here.

pub mod plain;

use std::borrow::Cow;

use crate::text::OffsetMap;

/// A piece of a file's text that is checked, and where its bytes come from.
#[derive(Debug, Clone)]
pub struct Segment<'a> {
    pub text: Cow<'a, str>,
    /// Segment offsets → file offsets.
    pub map: OffsetMap,
}

/// The checkable parts of one file.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The whole file.
    pub source: &'a str,
    pub segments: Vec<Segment<'a>>,
}
