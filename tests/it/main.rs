//! One integration test binary: CLI contracts, rule examples, fixtures and evaluation.

mod cli;
mod eval;
mod fix;
mod props;
mod rules;
mod util;
