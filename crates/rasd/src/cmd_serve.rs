//! `rasd serve`: the HTTP API and web UI over a store (see crates/rasd-server).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use rasd_extract::Extractor;

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on. Loopback by default: the API has no accounts.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Accept `POST /api/articles` (needs --token-file).
    #[arg(long, requires = "token_file")]
    pub allow_ingest: bool,
    /// File holding the bearer token for ingest (at least 16 characters).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Reader connections, i.e. queries run at once.
    #[arg(long, default_value_t = 8)]
    pub readers: usize,
    /// Megabytes of answers kept for repeated queries (dropped whenever the store
    /// changes); 0 turns the cache off.
    #[arg(long, default_value_t = 64)]
    pub cache_mb: usize,
}

fn read_token(path: &Path) -> Result<String> {
    let t = std::fs::read_to_string(path)
        .with_context(|| format!("reading token file {}", path.display()))?;
    let t = t.trim().to_string();
    if t.len() < 16 || t.chars().any(char::is_whitespace) {
        bail!(
            "token in {} must be one word of at least 16 characters",
            path.display()
        );
    }
    Ok(t)
}

pub fn run(args: &ServeArgs, db: &Path, ex: Extractor) -> Result<ExitCode> {
    let token = match (&args.token_file, args.allow_ingest) {
        (Some(p), true) => Some(read_token(p)?),
        (Some(_), false) => bail!("--token-file is only used with --allow-ingest"),
        _ => None,
    };
    if token.is_none() && !db.exists() {
        bail!(
            "no store at {} (run `rasd ingest FILES` or `rasd demo --out {}` first, or pass --db)",
            db.display(),
            db.display()
        );
    }
    if !args.bind.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}, reachable from other machines; the API has no accounts",
            args.bind
        );
    }
    let state = rasd_server::AppState::new(
        rasd_server::Config {
            db: db.to_path_buf(),
            readers: args.readers,
            ingest_token: token.clone(),
            cache_bytes: args.cache_mb.saturating_mul(1 << 20),
        },
        Arc::new(ex),
    )
    .with_context(|| format!("opening {}", db.display()))?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    rt.block_on(async {
        let listener = rasd_server::bind(args.bind)
            .await
            .with_context(|| format!("cannot listen on {}", args.bind))?;
        let addr = listener.local_addr()?;
        eprintln!(
            "rasd serve: http://{addr}/  (store {}, ingest {})",
            db.display(),
            if token.is_some() { "on" } else { "off" }
        );
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        rasd_server::serve(listener, state, shutdown)
            .await
            .context("serving")
    })?;
    Ok(ExitCode::SUCCESS)
}
