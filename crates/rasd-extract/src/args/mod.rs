//! Arguments of an event found around its trigger: actors, place, quantities, modality.

use crate::doc::{Doc, Sentence};
use crate::frame::attack_word;
use crate::lexicon::{Category, Hit};
use crate::model::{EventType, Modality, Qualifier, Quantity, Unit};
use rasd_geo::PlaceMatch;
use rasd_text::NumQualifier;

mod actors;
mod modality;
mod places;
mod quantities;

pub use actors::*;
pub use modality::*;
pub use places::*;
pub use quantities::*;
