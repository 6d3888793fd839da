//! One integration test binary: CLI contracts, rule examples, fixtures and evaluation.

mod cli;
mod config;
mod eval;
mod faults;
mod fix;
mod formats_in;
mod formats_out;
mod html;
mod lsp;
mod props;
mod review;
mod rules;
mod stream;
mod util;
