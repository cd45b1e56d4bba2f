//! When a panel off the first screen catches up with a change: after the next paint for a
//! single change, or once a run of changes (a reader arrowing through the switcher, clicks
//! 10–30 ms apart) has rested. Pure timing, free of the DOM; `ui::deferred` runs it.

/// How soon after a panel last caught up a new change counts as part of a run of changes:
/// the panel then waits for the run to end instead of rebuilding for every choice the reader
/// passes through.
pub const BURST_WINDOW_MS: f64 = 150.0;
/// How long the changes of a run must rest before a panel catches up with them.
pub const BURST_REST_MS: f64 = 100.0;

/// When to catch up with a change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CatchUp {
    /// In a task after the next painted frame: a change on its own.
    AfterPaint,
    /// Once no change has come for [`BURST_REST_MS`]: a change in a run of them.
    AfterRest,
}

/// When a panel that last caught up at `last_settle_ms` should catch up with a change at
/// `changed_at_ms` (both ms on one clock; a panel that never caught up has `-inf`).
pub fn catch_up(changed_at_ms: f64, last_settle_ms: f64) -> CatchUp {
    if changed_at_ms - last_settle_ms < BURST_WINDOW_MS {
        CatchUp::AfterRest
    } else {
        CatchUp::AfterPaint
    }
}

/// How much longer to wait, in whole ms, at `now_ms` for a run whose last change came at
/// `last_change_ms`; `None` once it has rested for [`BURST_REST_MS`].
pub fn rest_left_ms(now_ms: f64, last_change_ms: f64) -> Option<u64> {
    let quiet_for_ms = now_ms - last_change_ms;
    (quiet_for_ms < BURST_REST_MS).then(|| (BURST_REST_MS - quiet_for_ms).ceil().max(1.0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_on_its_own_is_taken_after_the_next_paint() {
        assert_eq!(catch_up(1_000.0, f64::NEG_INFINITY), CatchUp::AfterPaint);
        // A reader clicking every half second makes no run.
        assert_eq!(catch_up(1_500.0, 1_017.0), CatchUp::AfterPaint);
    }

    #[test]
    fn a_change_soon_after_the_last_catch_up_waits_for_the_run_to_rest() {
        // Clicks 18 ms apart: the panel caught up after the previous frame.
        assert_eq!(catch_up(1_036.0, 1_020.0), CatchUp::AfterRest);
        assert_eq!(catch_up(1_169.9, 1_020.0), CatchUp::AfterRest);
        assert_eq!(catch_up(1_170.0, 1_020.0), CatchUp::AfterPaint);
    }

    #[test]
    fn the_wait_ends_a_rest_after_the_last_change() {
        assert_eq!(rest_left_ms(1_000.0, 1_000.0), Some(100));
        assert_eq!(rest_left_ms(1_040.5, 1_000.0), Some(60));
        // Never a zero-length wait that would spin.
        assert_eq!(rest_left_ms(1_099.9, 1_000.0), Some(1));
        assert_eq!(rest_left_ms(1_100.0, 1_000.0), None);
        assert_eq!(rest_left_ms(5_000.0, 1_000.0), None);
    }
}
