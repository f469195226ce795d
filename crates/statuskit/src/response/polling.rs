//! The thread mark a `ProblemLayer` or `ProblemMiddleware` sets while it polls its service: the
//! integrations attach a response's structured problem only under it.

std::thread_local! {
    /// How many `ProblemLayer`/`ProblemMiddleware` futures are polling their service on this
    /// thread right now.
    static POLLING: core::cell::Cell<usize> = const { core::cell::Cell::new(0) };
}

/// Marks the thread as inside a layer's poll of its service until dropped.
///
/// The integrations attach the structured problem to a response only then: a service without
/// the layer pays nothing for it, and its error responses are exactly what they were. A response
/// built outside the poll (in a task of its own) carries no record; the layer leaves such a
/// problem as it is.
pub(crate) struct Polling(());

impl Polling {
    pub(crate) fn enter() -> Self {
        POLLING.with(|polling| polling.set(polling.get() + 1));
        Polling(())
    }
}

impl Drop for Polling {
    fn drop(&mut self) {
        POLLING.with(|polling| polling.set(polling.get().saturating_sub(1)));
    }
}

/// Whether a layer is polling its service on this thread, so a response built now goes through
/// it and wants its structured problem attached.
pub(crate) fn is_polling() -> bool {
    POLLING.with(core::cell::Cell::get) > 0
}
