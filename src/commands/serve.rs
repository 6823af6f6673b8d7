//! `newsgraph serve`: opens the store for reading and serves [`newsgraph::serve`] until
//! Ctrl-C (or SIGTERM).

use super::report;
use crate::cli::ServeArgs;
use anyhow::{Context, Result};
use newsgraph::query::RunLimits;
use newsgraph::serve::{router, ServeOptions};
use newsgraph::store::NewsStore;
use std::process::ExitCode;

pub(crate) fn serve(args: ServeArgs) -> Result<ExitCode> {
    let path = &args.store.store;
    let store = NewsStore::open_existing(path)?;
    let options = ServeOptions {
        limits: RunLimits {
            timeout: (!args.timeout.is_zero()).then_some(args.timeout),
            max_rows: (args.limit_rows > 0).then_some(args.limit_rows),
        },
        max_body: args.max_body,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's threads")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.bind)
            .await
            .with_context(|| {
                format!(
                    "cannot listen on {}: is another server using that port? choose another with --bind (port 0 picks a free one)",
                    args.bind
                )
            })?;
        let addr = listener.local_addr()?;
        if !addr.ip().is_loopback() {
            report().warn(&format!(
                "listening on {addr}, beyond this machine: the explorer has no login, so anyone who can reach it can read the store"
            ));
        }
        // Always printed (also with --quiet): a script that asked for port 0 reads it here.
        eprintln!(
            "newsgraph: serving {} at http://{addr}/ (SPARQL endpoint http://{addr}/sparql); Ctrl-C stops",
            path.display()
        );
        axum::serve(listener, router(store, options))
            .with_graceful_shutdown(stopped())
            .await
            .context("the server stopped")
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Ctrl-C or SIGTERM.
async fn stopped() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
