//! One error type for the store; messages name what was rejected and why.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open store {}: {source}", path.display())]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    /// An article or event handed to `insert_batch` was rejected; the batch was rolled back.
    #[error("invalid input: {0}")]
    Invalid(String),
    /// A query filter value that cannot be used.
    #[error("invalid filter: {0}")]
    Filter(String),
    /// The database holds something this version cannot read (newer schema, bad value).
    #[error("store: {0}")]
    Store(String),
}
