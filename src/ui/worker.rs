//! Work on a thread of its own, with progress, Cancel and a result the frame polls: the one
//! mechanism behind laying out, drafting from an article and reading or writing large files.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a worker's function calls with its progress (0..=1); `false` back means stop.
pub type Report<'a> = dyn FnMut(f32) -> bool + 'a;

/// The worker's thread ended without a result (it panicked).
#[derive(Debug)]
pub struct Vanished;

/// A function running on its own thread.
pub struct Worker<T> {
    cancel: Arc<AtomicBool>,
    /// Progress in thousandths.
    progress: Arc<AtomicU32>,
    result: mpsc::Receiver<T>,
}

impl<T: Send + 'static> Worker<T> {
    /// Runs `work` on a thread named `name`; the window is repainted as progress is reported
    /// (at most every 50 ms) and when the result is there.
    pub fn spawn(
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce(&mut Report<'_>) -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(AtomicU32::new(0));
        let (tx, rx) = mpsc::channel();
        let (c, p, ctx) = (cancel.clone(), progress.clone(), ctx.clone());
        std::thread::Builder::new().name(name.into()).spawn(move || {
            let mut last = Instant::now();
            let repaint = ctx.clone();
            let mut report = |f: f32| {
                p.store((f.clamp(0.0, 1.0) * 1000.0) as u32, Ordering::Relaxed);
                if last.elapsed() > Duration::from_millis(50) {
                    last = Instant::now();
                    repaint.request_repaint();
                }
                !c.load(Ordering::Relaxed)
            };
            let result = work(&mut report);
            tx.send(result).ok();
            ctx.request_repaint();
        })?;
        Ok(Self { cancel, progress, result: rx })
    }

    /// How far it is, 0..=1.
    pub fn progress(&self) -> f32 {
        self.progress.load(Ordering::Relaxed) as f32 / 1000.0
    }

    /// Asks the work to stop at its next report.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether it was asked to stop: a result that arrives after that was not wanted.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The result, once it is there.
    pub fn poll(&self) -> Option<Result<T, Vanished>> {
        match self.result.try_recv() {
            Ok(r) => Some(Ok(r)),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(Vanished)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(w: &Worker<T>) -> Result<T, Vanished> {
        loop {
            if let Some(r) = w.poll() {
                return r;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    #[test]
    fn reports_progress_and_delivers_the_result() {
        let ctx = egui::Context::default();
        let w = Worker::spawn("test", &ctx, |report| {
            report(0.5);
            42
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(wait(&w).ok(), Some(42));
        assert!((w.progress() - 0.5).abs() < 1e-3);
    }

    #[test]
    fn cancel_is_seen_by_the_work_and_a_panic_is_reported() {
        let ctx = egui::Context::default();
        let (go, gate) = mpsc::channel::<()>();
        let w = Worker::spawn("test", &ctx, move |report| {
            gate.recv().ok();
            report(0.1)
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(!w.cancelled());
        w.cancel();
        assert!(w.cancelled(), "a result that comes later was not wanted");
        go.send(()).ok();
        assert_eq!(wait(&w).ok(), Some(false), "the report after Cancel says stop");
        let w: Worker<()> = Worker::spawn("test", &ctx, |_| panic!("boom")).unwrap_or_else(|e| panic!("{e}"));
        assert!(wait(&w).is_err());
    }
}
