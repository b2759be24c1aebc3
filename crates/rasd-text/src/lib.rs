//! Text layer of rasd: Arabic/English normalisation with a byte map back to the original,
//! tokens with byte spans, sentences, proclitic stripping and numbers.
//!
//! Everything here is pure: strings in, spans out.

mod minhash;
mod normalize;
mod numbers;
mod tokens;

pub use minhash::{BANDS, NEAR_DUPLICATE_JACCARD, Signature};
pub use normalize::{Normalized, key_of_normalized, normalize, normalize_key, normalize_str};
pub use numbers::{
    NumQualifier, NumberMention, dual_stem, find_numbers, looks_like_year, number_at,
};
pub use tokens::{
    Token, arabic_letters_only, is_word_char, more_tokens_than, proclitic_readings, sentences,
    strip_article, strip_proclitics, tokenize,
};
