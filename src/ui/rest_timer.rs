//! A timer that runs its task once things have rested: every new start cancels the waiting
//! task. The map's history entry, the view written to the URL, the embed's report to its host,
//! a wheel burst's commit and the base map's layer all wait this way.

use leptos::prelude::*;
use std::time::Duration;

/// One waiting task at most; [`RestTimer::restart`] replaces it.
#[derive(Debug, Clone, Copy)]
pub struct RestTimer(StoredValue<Option<TimeoutHandle>>);

impl RestTimer {
    /// A timer with nothing waiting.
    pub fn new() -> Self {
        Self(StoredValue::new(None))
    }

    /// Cancels any waiting task and runs `task` after `rest`, unless restarted or cancelled
    /// before then.
    pub fn restart(self, task: impl FnOnce() + 'static, rest: Duration) {
        self.cancel();
        self.0
            .try_set_value(set_timeout_with_handle(task, rest).ok());
    }

    /// Cancels the waiting task, if any.
    pub fn cancel(self) {
        if let Some(handle) = self.0.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

impl Default for RestTimer {
    fn default() -> Self {
        Self::new()
    }
}
