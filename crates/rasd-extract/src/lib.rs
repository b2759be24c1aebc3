//! The extraction core of rasd: article in, typed events with provenance out.
//! Pure and deterministic: no I/O, no clock, no global state.

pub mod model;
pub use model::*;
