//! The situation picture of rasd: who controls which locality as of a date, built from the
//! control assertions the extraction core reads in reports. Pure: assertions, gazetteer and
//! river courses in, holdings out.

mod infer;
mod rivers;

pub use infer::{Holding, Locality, Options, covers, infer, localities};
pub use rivers::{RIVERS_TSV, River, Rivers};
