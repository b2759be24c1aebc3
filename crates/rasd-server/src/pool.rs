//! A few read-only store handles shared by request handlers. rusqlite connections are not
//! `Sync`, so a handle is taken out, used on a blocking thread, and put back; WAL lets the
//! readers run beside the ingest writer.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rasd_store::Store;
use tokio::sync::Semaphore;

use crate::error::{ApiError, ApiResult};

pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Semaphore,
}

fn open_reader(path: &PathBuf) -> rasd_store::Result<Store> {
    let s = Store::open(path)?;
    s.set_query_only(true)?;
    // No memory map: SQLite re-parses a mapped page on every visit (a tenth of an event
    // page's CPU), while its own page cache keeps hot pages parsed. The pool hands out the
    // most recently used reader first, so only the busy few grow a cache.
    s.set_mmap_size(0)?;
    Ok(s)
}

impl Pool {
    /// Opens `size` readers now, so a bad path fails at start, not at the first request.
    pub fn open(path: PathBuf, size: usize) -> rasd_store::Result<Arc<Pool>> {
        let size = size.max(1);
        let mut idle = Vec::with_capacity(size);
        for _ in 0..size {
            idle.push(open_reader(&path)?);
        }
        Ok(Arc::new(Pool {
            path,
            idle: Mutex::new(idle),
            permits: Semaphore::new(size),
        }))
    }

    /// Runs `f` with a reader on the calling async worker. Only for queries bounded to a
    /// page (a millisecond or so): the hand-off to the blocking pool cost more than the query.
    pub async fn with_inline<T, F>(self: &Arc<Self>, f: F) -> ApiResult<T>
    where
        F: FnOnce(&Store) -> ApiResult<T>,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::internal("the store is closing"))?;
        let taken = self.idle.lock().ok().and_then(|mut v| v.pop());
        let store = match taken {
            Some(s) => s,
            None => open_reader(&self.path).map_err(ApiError::store)?,
        };
        let out = f(&store);
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(store);
        }
        out
    }

    /// Runs `f` with a reader on tokio's blocking pool.
    pub async fn with<T, F>(self: &Arc<Self>, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> ApiResult<T> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::internal("the store is closing"))?;
        let taken = self.idle.lock().ok().and_then(|mut v| v.pop());
        let pool = Arc::clone(self);
        let joined = tokio::task::spawn_blocking(move || {
            // A handle lost to a panicking query is replaced here.
            let store = match taken {
                Some(s) => s,
                None => open_reader(&pool.path).map_err(ApiError::store)?,
            };
            let out = f(&store);
            if let Ok(mut idle) = pool.idle.lock() {
                idle.push(store);
            }
            out
        })
        .await;
        joined.map_err(|_| ApiError::internal("the query failed"))?
    }
}
